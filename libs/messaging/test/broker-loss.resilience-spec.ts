import { randomUUID } from 'node:crypto';
import { Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  EventProbe,
  eventually,
  startPrivateKafka,
  startTestService,
  type PrivateKafka,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { consumerService, ProbeCommands, producerService } from './probe-services';

/*
 * `npm run test:resilience`: a private three-broker KRaft cluster (replication factor 3,
 * min.insync.replicas 2); one broker is killed with SIGKILL while 1,000 events are written.
 */
describe('losing one broker of three while events flow', () => {
  let kafka: PrivateKafka;
  let producer: RunningService;
  let consumer: RunningService;

  beforeAll(async () => {
    kafka = await startPrivateKafka({ brokers: 3 });
    const overrides = { KAFKA_BROKERS: kafka.brokers };
    producer = await startTestService(producerService(), overrides);
    consumer = await startTestService(consumerService(), overrides);
  }, 600_000);
  afterAll(async () => {
    await consumer?.stop();
    await producer?.stop();
    await kafka?.destroy();
  }, 120_000);

  it('delivers all 1,000 events written while a broker is killed, none twice', async () => {
    const commands = producer.app.get(ProbeCommands);
    const aggregates = Array.from({ length: 50 }, () => randomUUID());
    let written = 0;
    for (let seq = 1; seq <= 20; seq++) {
      await Promise.all(aggregates.map((aggregate) => commands.record(aggregate, seq, 'LAPAS-BROKER-LOSS')));
      written += aggregates.length;
      if (seq === 6) await kafka.kill(2); // 300 written and flowing, 700 to come
    }
    expect(written).toBe(1000);

    const db = producer.app.get(DataSource);
    await eventually(
      () => db.query(`SELECT count(*)::int AS n FROM outbox_pending`),
      (rows: Array<{ n: number }>) => rows[0].n === 0,
      180_000,
    );
    const effects = await eventually(
      () =>
        consumer.app.get(DataSource).query(
          `SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_events
               FROM probe_effects WHERE aggregate_id = ANY($1)`,
          [aggregates],
        ),
      (rows: Array<{ n: number; distinct_events: number }>) => rows[0].n >= 1000,
      180_000,
    );
    const probe = await EventProbe.start([Topics.program], kafka.brokers);
    try {
      const wanted = new Set<string>(aggregates);
      const arrived = await probe.waitFor((m) => wanted.has(m.key!), 1000, 120_000);
      await new Promise((r) => setTimeout(r, 1_000));
      const all = probe.messages.filter((m) => wanted.has(m.key!));
      const ids = new Set(all.map((m) => m.envelope!.id));
      console.log(
        `broker-loss test: ${written} events written, broker 2 of 3 killed after 300; ` +
          `${all.length} messages on Kafka (${ids.size} distinct), ` +
          `${effects[0].n} applied by the consumer (${effects[0].distinct_events} distinct)`,
      );
      expect(arrived.length).toBeGreaterThanOrEqual(1000);
      expect(ids.size).toBe(1000);
      expect(effects[0]).toEqual({ n: 1000, distinct_events: 1000 });
    } finally {
      await probe.stop();
    }
  }, 900_000);
});
