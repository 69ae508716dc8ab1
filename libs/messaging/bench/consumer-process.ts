// E1's consumers, each in a process of its own as a consuming service runs apart from the one
// that publishes. Reports on stdout: `joined` once its group is joined, `done` once it has
// consumed <count> messages (the Sinergi consumer: handled them, each effect committed), then
// `done 2` at twice as many and so on, one per round, so neither side's clock depends on polling
// a database.
//   consumer-process.ts sinergi <count>        the probe consumer service (budgeting schema)
//   consumer-process.ts raw <topic> <count>    a kafkajs consumer counting batches
import { startService } from '@sinergi/platform';
import { serviceTestEnv, testInfrastructure } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { createKafka, EventConsumer } from '../src';
import { consumerService } from '../test/probe-services';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function sinergi(count: number) {
  let handled = 0;
  const service = await startService(
    consumerService({
      hooks: {
        afterHandled: () => {
          if (++handled % count === 0) say(handled === count ? 'done' : `done ${handled / count}`);
        },
      },
    }),
    serviceTestEnv('budgeting'),
  );
  await service.app.get(EventConsumer).whenJoined();
  process.once('SIGTERM', () => void service.stop().then(() => process.exit(0)));
  say('joined');
}

async function raw(topic: string, count: number) {
  const infra = testInfrastructure();
  const kafka = createKafka({ brokers: infra.brokers.split(','), clientId: 'bench-raw-consumer' });
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let consumed = 0;
  let round = 1;
  consumer.on(consumer.events.GROUP_JOIN, () => say('joined'));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      consumed += batch.messages.length;
      for (; consumed >= round * count; round++) say(round === 1 ? 'done' : `done ${round}`);
    },
  });
  process.once('SIGTERM', () => void consumer.disconnect().then(() => process.exit(0)));
}

const [mode, ...args] = process.argv.slice(2);
(mode === 'raw' ? raw(args[0], Number(args[1])) : sinergi(Number(args[0]))).catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
