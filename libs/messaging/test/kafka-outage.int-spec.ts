import { randomUUID } from 'node:crypto';
import { Topics } from '@sinergi/contracts';
import { metricsRegistry, type RunningService } from '@sinergi/platform';
import {
  EventProbe,
  eventually,
  readiness,
  startPrivateKafka,
  startTestService,
  type PrivateKafka,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { consumerService, ProbeCommands, producerService } from './probe-services';

const oldestAge = async () =>
  (await metricsRegistry.getSingleMetric('sinergi_outbox_oldest_unpublished_age_seconds')!.get()).values[0]
    ?.value ?? 0;

const seqOf = (m: { envelope?: { data: unknown } }) => (m.envelope!.data as { amount: number }).amount;

/*
 * The broker of this file is the test's own (infra/kafka/kafka.sh on free ports, its own data
 * directory), so stopping it touches no other test run.
 */
describe('a Kafka outage (a private broker stopped, then started again)', () => {
  let kafka: PrivateKafka;
  let producer: RunningService;
  let consumer: RunningService;

  beforeAll(async () => {
    kafka = await startPrivateKafka();
    const overrides = { KAFKA_BROKERS: kafka.brokers };
    producer = await startTestService(producerService({ relay: { metricsIntervalMs: 200 } }), overrides);
    consumer = await startTestService(consumerService(), overrides);
  }, 300_000);
  afterAll(async () => {
    await consumer?.stop();
    await producer?.stop();
    await kafka?.destroy();
  }, 120_000);

  it('keeps the services ready and live with Kafka degraded, the outbox age growing, and then delivers the 1,000 events written meanwhile, in order, once each', async () => {
    const commands = producer.app.get(ProbeCommands);
    const db = producer.app.get(DataSource);
    expect((await readiness(producer.managementUrl)).body.degraded).toEqual([]);

    await kafka.stop();
    const aggregates = Array.from({ length: 50 }, () => randomUUID());
    // An aggregate's commands follow one another (as a row lock makes them in a service); the 50
    // aggregates are written concurrently.
    for (let seq = 1; seq <= 20; seq++)
      await Promise.all(aggregates.map((aggregate) => commands.record(aggregate, seq, 'LAPAS-OUTAGE')));
    const [{ backlog }] = await db.query(
      `SELECT count(*)::int AS backlog FROM outbox_pending WHERE message_key = ANY($1)`,
      [aggregates],
    );
    expect(backlog).toBe(1000);

    // Both services stay ready; the broker is degraded; the consumer is stopped for that reason only.
    const during = await eventually(
      () => readiness(consumer.managementUrl),
      (r) => r.body.consumers[0]?.state === 'stopped',
      60_000,
    );
    expect(during.status).toBe(200);
    expect(during.body).toMatchObject({ status: 'ready', failed: [], degraded: ['kafka'] });
    expect(during.body.consumers).toEqual([
      {
        name: 'budgeting',
        state: 'stopped',
        ready: true,
        reason: expect.stringMatching(/^broker unreachable: /),
      },
    ]);
    const producerDuring = await readiness(producer.managementUrl);
    expect(producerDuring.status).toBe(200);
    expect(producerDuring.body.dependencies).toEqual([
      { name: 'database', up: true, state: 'up' },
      { name: 'kafka', up: false, state: 'degraded', error: expect.any(String) },
    ]);
    for (const service of [producer, consumer])
      expect((await fetch(`${service.managementUrl}/health/live`)).status).toBe(200);
    const metrics = await (await fetch(`${producer.managementUrl}/metrics`)).text();
    expect(metrics).toMatch(
      /^sinergi_dependency_state\{dependency="kafka",state="degraded",service="[a-z]+"\} 1$/m,
    );
    expect(metrics).toMatch(/^sinergi_ready\{service="[a-z]+"\} 1$/m);
    // The gauge is read from the table on its own timer: it reaches the 1,000 rows written.
    const backlogGauge = async () =>
      Number(
        /^sinergi_outbox_backlog_events\{service="[a-z]+"\} (\d+)$/m.exec(
          await (await fetch(`${producer.managementUrl}/metrics`)).text(),
        )?.[1] ?? -1,
      );
    expect(await eventually(backlogGauge, (rows) => rows === 1000, 15_000)).toBe(1000);

    // The outbox gauges are read from the table while the relay is stuck: the age keeps growing.
    const firstAge = await eventually(oldestAge, (age) => age > 0, 10_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const laterAge = await eventually(oldestAge, (age) => age >= firstAge + 1, 10_000);
    expect(laterAge).toBeGreaterThan(firstAge);

    const restarted = Date.now();
    await kafka.start();
    await eventually(
      () => db.query(`SELECT count(*)::int AS n FROM outbox_pending`),
      (rows: Array<{ n: number }>) => rows[0].n === 0,
      120_000,
    );
    const drainedMs = Date.now() - restarted;

    const probe = await EventProbe.start([Topics.program], kafka.brokers);
    try {
      const wanted = new Set<string>(aggregates);
      const arrived = await probe.waitFor((m) => wanted.has(m.key!), 1000, 60_000);
      const effects = await eventually(
        () =>
          consumer.app
            .get(DataSource)
            .query(
              `SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_events FROM probe_effects WHERE aggregate_id = ANY($1)`,
              [aggregates],
            ),
        (rows: Array<{ n: number }>) => rows[0].n >= 1000,
        120_000,
      );
      const ids = new Set(arrived.map((m) => m.envelope!.id));
      console.log(
        `outage test: 1000 events written over 50 aggregates while the broker was down; ` +
          `${arrived.length} messages on Kafka (${ids.size} distinct), ${effects[0].n} applied by the consumer; ` +
          `outbox drained ${drainedMs} ms after the broker returned`,
      );
      expect(ids.size).toBe(1000);
      expect(effects[0]).toEqual({ n: 1000, distinct_events: 1000 });
      const byKey = new Map<string, number[]>();
      for (const m of [...arrived].sort(
        (a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)),
      ))
        byKey.set(m.key!, [...(byKey.get(m.key!) ?? []), seqOf(m)]);
      const ascending = Array.from({ length: 20 }, (_, i) => i + 1);
      for (const [, seqs] of byKey)
        expect(seqs.filter((s, i, all) => all.indexOf(s) === i)).toEqual(ascending);
    } finally {
      await probe.stop();
    }

    const after = await eventually(
      () => readiness(consumer.managementUrl),
      (r) => r.body.consumers[0]?.state === 'joined',
      60_000,
    );
    expect(after.body).toMatchObject({ status: 'ready', degraded: [] });
  }, 420_000);
});
