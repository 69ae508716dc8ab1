// E1: events through Sinergi — outbox → relay → Kafka → consumer → inbox + effect, each step
// committed — against raw kafkajs (batched idempotent produce, acks=-1, then consume) of the same
// messages, in the same run; then the p99 latency from commit to effect at half the measured rate.
import { startService, type RunningService } from '@sinergi/platform';
import { serviceTestEnv, testInfrastructure, verdict } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createKafka, createProducer, EventConsumer } from '../src';
import { consumerService, ProbeCommands, producerService } from '../test/probe-services';
import { writeBacklog } from './backlog';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const LATENCY_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

const count = async (service: RunningService) =>
  Number((await service.app.get(DataSource).query('SELECT count(*)::int AS n FROM probe_effects'))[0].n);

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Sinergi: a backlog in the outbox, a joined consumer, then the relay started; timed until every effect is committed. */
async function sinergiRate(
  consumer: RunningService,
): Promise<{ rate: number; messages: Array<{ key: string; value: string }> }> {
  const writer = await startService(
    producerService({ relay: { enabled: false } }),
    serviceTestEnv('rehabilitation'),
  );
  await writeBacklog(writer, EVENTS);
  const messages = (
    await writer.app
      .get(DataSource)
      .query(
        `SELECT message_key AS key, envelope::text AS value FROM outbox WHERE published_at IS NULL ORDER BY position`,
      )
  ).slice(0, EVENTS) as Array<{ key: string; value: string }>;
  await writer.stop();
  const before = await count(consumer);
  const started = Date.now();
  const relay = await startService(
    producerService({ relay: { batchSize: 500, pollIntervalMs: 20 } }),
    serviceTestEnv('rehabilitation'),
  );
  const booted = Date.now();
  const db = relay.app.get(DataSource);
  let allPub = 0; let first = 0;
  await until('every effect', async () => {
    if (!allPub) { const [{n}] = await db.query('SELECT count(*)::int n FROM outbox WHERE published_at IS NULL'); if (n===0) allPub=Date.now(); }
    const c = (await count(consumer)) - before; if (c>0 && !first) first = Date.now();
    return c >= EVENTS; });
  console.log(JSON.stringify((globalThis as any).relayT)); console.log('boot', booted-started, 'allPublished', allPub-booted, 'firstEffect', first-booted, 'allEffects', Date.now()-booted);
  const seconds = (Date.now() - started) / 1000;
  await relay.stop();
  return { rate: EVENTS / seconds, messages };
}

/** Raw kafkajs: the same keys and envelopes produced in batches of 500 to a fresh topic and consumed by a joined group. */
async function rawRate(messages: Array<{ key: string; value: string }>): Promise<number> {
  const infra = testInfrastructure();
  const kafka = createKafka({ brokers: infra.brokers.split(','), clientId: 'bench-raw' });
  const topic = `${infra.topicPrefix}bench.raw.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic, numPartitions: 3, replicationFactor: 1 }],
    waitForLeaders: true,
  });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let consumed = 0;
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.run({ eachBatch: async ({ batch }) => void (consumed += batch.messages.length) });
  await until('the raw consumer to join', async () => joined, 60_000);
  const producer = createProducer(kafka);
  await producer.connect();
  const started = Date.now();
  for (let i = 0; i < messages.length; i += 500) {
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 500) });
  }
  await until('every raw message', async () => consumed >= messages.length);
  const seconds = (Date.now() - started) / 1000;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return messages.length / seconds;
}

/** Commands at a steady rate, each its own transaction; latency from commit to the committed effect. */
async function latencyAt(rate: number, consumer: RunningService): Promise<number[]> {
  const producer = await startService(producerService(), serviceTestEnv('rehabilitation'));
  const commands = producer.app.get(ProbeCommands);
  const committedAt = new Map<string, number>();
  const total = Math.round(rate * LATENCY_SECONDS);
  const started = Date.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    inFlight.push(
      commands
        .record(randomUUID(), i, 'LAPAS-BENCH')
        .then((event) => void committedAt.set(event.id, Date.now())),
    );
  }
  await Promise.all(inFlight);
  const ids = [...committedAt.keys()];
  const db = consumer.app.get(DataSource);
  await until('the latency run effects', async () => {
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM probe_effects WHERE event_id = ANY($1)', [
      ids,
    ]);
    return n === ids.length;
  });
  const effects = (await db.query(
    'SELECT event_id, (EXTRACT(EPOCH FROM recorded_at) * 1000)::float8 AS at FROM probe_effects WHERE event_id = ANY($1)',
    [ids],
  )) as Array<{ event_id: string; at: number }>;
  await producer.stop();
  return effects.map((e) => e.at - committedAt.get(e.event_id)!).sort((a, b) => a - b);
}

async function main() {
  const consumer = await startService(consumerService(), serviceTestEnv('budgeting'));
  try {
    await consumer.app.get(EventConsumer).whenJoined();
    console.log(`E1 events: ${EVENTS} events over 50 aggregates`);
    const sinergi = await sinergiRate(consumer);
    const raw = await rawRate(sinergi.messages);
    const ratio = sinergi.rate / raw;
    verdict({
      id: 'E1',
      what: 'events, outbox → Kafka → consumer → inbox + effect',
      measured: `${Math.round(sinergi.rate).toLocaleString('en')} events/s`,
      baseline: `${Math.round(raw).toLocaleString('en')} msg/s (kafkajs produce → consume)`,
      ratio: `${ratio.toFixed(2)}× (≥ 0.50)`,
      pass: ratio >= 0.5,
    });
    return; const latencies = await latencyAt(sinergi.rate / 2, consumer);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    verdict({
      id: 'E1',
      what: 'event latency at half the maximum rate',
      measured: `p50 ${p(0.5).toFixed(0)} ms, p99 ${p(0.99).toFixed(0)} ms over ${latencies.length} events at ${Math.round(sinergi.rate / 2)} events/s`,
      baseline: '100 ms',
      ratio: `p99 ${p(0.99).toFixed(0)} ms (≤ 100 ms)`,
      pass: p(0.99) <= 100,
    });
  } finally {
    await consumer.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
