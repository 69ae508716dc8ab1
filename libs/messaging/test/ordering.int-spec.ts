import { ProgramFundingRequestedV1, Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  EventProbe,
  eventually,
  fullTableReads,
  recordStatements,
  startTestService,
  testInfrastructure,
} from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createKafka, EventPublisher, OutboxRelay, Transactions } from '../src';
import {
  ConcurrentWriters,
  consumerService,
  fundingRequest,
  ProbeCommands,
  producerService,
} from './probe-services';

const KEYS = 10;
const WRITERS_PER_KEY = 12;

describe('per-key event order under concurrent writers (real PostgreSQL and Kafka)', () => {
  let producer: RunningService;
  let consumer: RunningService;
  let probe: EventProbe;

  beforeAll(async () => {
    // The relay runs only once every writer has committed, so it reads the outbox purely by position.
    producer = await startTestService(producerService({ relay: { enabled: false } }));
    consumer = await startTestService(consumerService());
    probe = await EventProbe.start([Topics.program]);
  });
  afterAll(async () => {
    await probe?.stop();
    await consumer?.stop();
    await producer?.stop();
  });

  it(`delivers each key's events in commit order: ${KEYS} keys × ${WRITERS_PER_KEY} overlapping transactions`, async () => {
    const keys: string[] = Array.from({ length: KEYS }, () => randomUUID());
    const writers = producer.app.get(ConcurrentWriters);
    // Earlier writers hold their transaction longer, so without per-key turns they commit last.
    await Promise.all(
      keys.flatMap((key) =>
        Array.from({ length: WRITERS_PER_KEY }, (_, i) => writers.write(key, (WRITERS_PER_KEY - i) * 5)),
      ),
    );
    const relay = producer.app.get(OutboxRelay);
    while ((await relay.publishBatch()) > 0);

    const total = KEYS * WRITERS_PER_KEY;
    const commits: Array<{ event_id: string; commit_seq: number }> = await producer.app
      .get(DataSource)
      .query(`SELECT event_id, commit_seq FROM probe_commits WHERE aggregate_id = ANY($1)`, [keys]);
    expect(commits).toHaveLength(total);
    const commitSeq = new Map(commits.map((c) => [c.event_id, c.commit_seq]));
    const inCommitOrder = Array.from({ length: WRITERS_PER_KEY }, (_, i) => i + 1);

    const wanted = new Set(keys);
    const onKafka = await probe.waitFor((m) => wanted.has(m.key!), total, 60_000);
    for (const key of keys) {
      const order = onKafka.filter((m) => m.key === key).map((m) => commitSeq.get(m.envelope!.id));
      expect({ key, order }).toEqual({ key, order: inCommitOrder });
    }

    const effects = await eventually<Array<{ event_id: string; aggregate_id: string }>>(
      () =>
        consumer.app
          .get(DataSource)
          .query(
            `SELECT event_id, aggregate_id FROM probe_effects WHERE aggregate_id = ANY($1) ORDER BY id`,
            [keys],
          ),
      (rows) => rows.length === total,
      60_000,
    );
    for (const key of keys) {
      const order = effects.filter((e) => e.aggregate_id === key).map((e) => commitSeq.get(e.event_id));
      expect({ key, order }).toEqual({ key, order: inCommitOrder });
    }
  }, 120_000);

  it("holds back a key's later rows while another relay holds its earlier row, and sends the other keys", async () => {
    const db = producer.app.get(DataSource);
    const held = db.createQueryRunner();
    try {
      const commands = producer.app.get(ProbeCommands);
      const [blocked, free] = [randomUUID(), randomUUID()];
      for (let seq = 1; seq <= 3; seq++) {
        await commands.record(blocked, seq, 'LAPAS-HELD');
        await commands.record(free, seq, 'LAPAS-HELD');
      }
      // Another relay's claim: the blocked key's first row locked in an open transaction.
      await held.connect();
      await held.startTransaction();
      await held.query(
        `SELECT position FROM outbox_pending WHERE message_key = $1 ORDER BY position LIMIT 1 FOR UPDATE`,
        [blocked],
      );
      const published = async (key: string) =>
        (
          (await db.query(
            `SELECT p.position IS NULL AS published FROM outbox o LEFT JOIN outbox_pending p USING (position)
              WHERE o.message_key = $1 ORDER BY o.position`,
            [key],
          )) as Array<{ published: boolean }>
        ).map((row) => row.published);
      const relay = producer.app.get(OutboxRelay);
      while ((await published(free)).includes(false)) await relay.publishBatch();
      expect(await published(free)).toEqual([true, true, true]);
      expect(await published(blocked)).toEqual([false, false, false]);

      await held.rollbackTransaction();
      while ((await published(blocked)).includes(false)) await relay.publishBatch();
      const arrived = await probe.waitFor((m) => m.key === blocked, 3, 20_000);
      expect(arrived.map((m) => (m.envelope!.data as { amount: number }).amount)).toEqual([1, 2, 3]);
    } finally {
      if (held.isTransactionActive) await held.rollbackTransaction();
      await held.release();
    }
  }, 60_000);

  it('claims a burst by key lookups while the statistics still say the queue is empty', async () => {
    const relay = producer.app.get(OutboxRelay);
    const publisher = producer.app.get(EventPublisher);
    const burst = (events: number) => {
      const keys = Array.from({ length: 20 }, () => randomUUID());
      return producer.app.get(Transactions).run(async () => {
        for (let i = 0; i < events; i++)
          await publisher.publish(
            ProgramFundingRequestedV1,
            keys[i % keys.length],
            fundingRequest('LAPAS-BURST', i),
          );
      });
    };
    // A quiet spell after some traffic: the queue's pages are there, its statistics say none is pending.
    await burst(1_000);
    while ((await relay.publishBatch()) > 0);
    const infra = testInfrastructure();
    const asAdmin = new URL(infra.adminUrl);
    asAdmin.pathname = new URL(infra.databaseUrlOf('rehabilitation')).pathname;
    const admin = new Client({ connectionString: asAdmin.toString() });
    await admin.connect();
    try {
      await admin.query('ANALYZE rehabilitation.outbox_pending, rehabilitation.outbox');
    } finally {
      await admin.end();
    }
    await burst(2_000);

    const recorder = recordStatements(producer);
    try {
      await relay.publishBatch();
    } finally {
      recorder.stop();
    }
    const claims = recorder.statements().filter((s) => /DELETE FROM outbox_pending/.test(s.sql));
    expect(claims).toHaveLength(1);
    expect(await fullTableReads(producer, claims)).toEqual([]);
    while ((await relay.publishBatch()) > 0);
  });
  it('claims the next batch while one is sent, keeps each key in order, and gives the next batch back when a row before it is refused', async () => {
    const relay = await startTestService(producerService({ relay: { batchSize: 20, maxBackoffMs: 1_000 } }));
    const inFlightAtClaims: unknown[][] = [];
    const dataSource = relay.app.get(DataSource);
    const logQuery = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (sql, parameters, runner) => {
      if (/DELETE FROM outbox_pending/.test(sql)) inFlightAtClaims.push((parameters as unknown[][])[2]);
      logQuery(sql, parameters, runner);
    };
    const { brokers, topicPrefix } = testInfrastructure();
    const missing = `test.missing.${randomUUID()}`;
    const admin = createKafka({ brokers: brokers.split(','), clientId: 'test-turns' }).admin();
    await admin.connect();
    try {
      const keys = Array.from({ length: 5 }, () => randomUUID());
      const stuck: string = randomUUID();
      const expected = new Map<string, number[]>([...keys, stuck].map((key) => [key, []]));
      const publisher = producer.app.get(EventPublisher);
      const transactions = producer.app.get(Transactions);
      // One commit: the relay finds 10 full batches of 20 at once. The stuck key's first event (in
      // the first batch) goes to a topic the broker does not have; its second is in the second batch,
      // claimed while the first is sent.
      await transactions.run(async () => {
        for (let i = 0; i < 200; i++) {
          const key = [3, 30, 120, 190].includes(i) ? stuck : keys[i % keys.length];
          const seq = expected.get(key)!.push(expected.get(key)!.length + 1);
          const event = await publisher.publish(
            ProgramFundingRequestedV1,
            key,
            fundingRequest('LAPAS-TURNS', seq),
          );
          if (key === stuck && seq === 1)
            transactions.atCommit(() => ({
              text: `UPDATE outbox SET topic = $1 WHERE event_id = $2`,
              values: [missing, event.id],
            }));
        }
      });
      const seqsOf = (messages: typeof probe.messages, key: string) =>
        messages.filter((m) => m.key === key).map((m) => (m.envelope!.data as { amount: number }).amount);

      const others = new Set<string>(keys);
      const arrived = await probe.waitFor((m) => others.has(m.key!), 196, 60_000);
      for (const key of keys)
        expect({ key, seqs: seqsOf(arrived, key) }).toEqual({ key, seqs: expected.get(key) });
      const inTurn = inFlightAtClaims.filter((inFlight) => inFlight.length > 0);
      expect(inTurn.length).toBeGreaterThan(0);
      expect(inTurn.map((inFlight) => inFlight.length)).toEqual(inTurn.map(() => 20));
      // Its later events were claimed by batches that followed, and went back: the key waits.
      expect(seqsOf(probe.messages, stuck)).toEqual([]);

      await admin.createTopics({ topics: [{ topic: `${topicPrefix}${missing}` }] });
      expect(seqsOf(await probe.waitFor((m) => m.key === stuck, 3, 30_000), stuck)).toEqual([2, 3, 4]);
    } finally {
      await admin.deleteTopics({ topics: [`${topicPrefix}${missing}`] }).catch(() => undefined);
      await admin.disconnect();
      await relay.stop();
    }
  }, 120_000);
});
