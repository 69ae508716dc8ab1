import { ProgramFundingRequestedV1, Topics } from '@sinergi/contracts';
import { requestContext, type RunningService } from '@sinergi/platform';
import { EventProbe, eventually, startTestService, testInfrastructure } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createKafka, EventPublisher, Transactions } from '../src';
import { fundingRequest, ProbeCommands, producerService } from './probe-services';

const seqOf = (m: { envelope?: { data: unknown } }) => (m.envelope!.data as { amount: number }).amount;

/** Each aggregate's sequence numbers in the order Kafka holds them. */
function sequencesByKey(
  messages: Array<{ key: string | null; partition: number; offset: string; envelope?: { data: unknown } }>,
) {
  const byKey = new Map<string, number[]>();
  const sorted = [...messages].sort(
    (a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)),
  );
  for (const m of sorted) byKey.set(m.key!, [...(byKey.get(m.key!) ?? []), seqOf(m)]);
  return byKey;
}

const ascending = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('transactional outbox (real PostgreSQL and Kafka)', () => {
  let producer: RunningService;
  let probe: EventProbe;

  beforeAll(async () => {
    producer = await startTestService(producerService());
    probe = await EventProbe.start([Topics.program]);
  });
  afterAll(async () => {
    await probe?.stop();
    await producer?.stop();
  });

  it('publishes nothing for a rolled-back transaction and exactly the events of a committed one', async () => {
    const aggregate = randomUUID();
    const commands = producer.app.get(ProbeCommands);
    await expect(commands.record(aggregate, 1, 'LAPAS-TEST', true)).rejects.toThrow('rolled back on purpose');
    const committed = await commands.record(aggregate, 2);
    const committedToo = await commands.record(aggregate, 3);

    await probe.waitFor((m) => m.key === aggregate, 2);
    await new Promise((r) => setTimeout(r, 1_000)); // leave room for a wrongly published extra event
    const published = probe.messages.filter((m) => m.key === aggregate);
    expect(published.map((m) => m.envelope!.id)).toEqual([committed.id, committedToo.id]);
    // Sent as the publisher wrote it, byte for byte (the outbox keeps the text, not a decomposed copy).
    expect(published.map((m) => m.raw)).toEqual([JSON.stringify(committed), JSON.stringify(committedToo)]);
    expect(published[0].headers).toMatchObject({
      'event-id': committed.id,
      'event-type': 'program.funding-requested',
    });
    expect(published[0].envelope).toMatchObject({
      source: 'rehabilitation',
      aggregateType: 'program',
      version: 1,
    });

    const rows = await producer.app.get(DataSource).query(
      `SELECT p.position IS NULL AS published FROM outbox o LEFT JOIN outbox_pending p USING (position)
          WHERE o.message_key = $1`,
      [aggregate],
    );
    expect(rows).toEqual([{ published: true }, { published: true }]);
  });

  it('refuses to publish from a @HandleEvents handler, naming it', async () => {
    const publisher = producer.app.get(EventPublisher);
    const aggregate = randomUUID();
    const publishing = requestContext.run(
      { correlationId: randomUUID(), publishingRefusedBy: 'ProbeEffects.onFundingRequested' },
      () =>
        producer.app
          .get(Transactions)
          .run(() =>
            publisher.publish(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-MANY', 1)),
          ),
    );
    await expect(publishing).rejects.toThrow(
      'ProbeEffects.onFundingRequested handles many events at once (@HandleEvents), so an event it published ' +
        'could not name the one it reacts to: publish program.funding-requested from a @HandleEvent handler',
    );
    const rows = await producer.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM outbox WHERE message_key = $1`, [aggregate]);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('commits two transactions publishing the same two keys in opposite orders, each key in commit order', async () => {
    const transactions = producer.app.get(Transactions);
    const publisher = producer.app.get(EventPublisher);
    const [first, second] = [randomUUID(), randomUUID()];
    // Both have published their first key before either publishes its second: keys taken as they
    // were published would deadlock here, and PostgreSQL would abort one of the two.
    let published = 0;
    let allPublishedOnce!: () => void;
    const bothPublishedOnce = new Promise<void>((resolve) => (allPublishedOnce = resolve));
    const writer = (keys: string[], amount: number) =>
      transactions.run(async () => {
        await publisher.publish(ProgramFundingRequestedV1, keys[0], fundingRequest('LAPAS-TEST', amount));
        if (++published === 2) allPublishedOnce();
        await bothPublishedOnce;
        await publisher.publish(ProgramFundingRequestedV1, keys[1], fundingRequest('LAPAS-TEST', amount));
      });
    await Promise.all([writer([first, second], 1), writer([second, first], 2)]);

    const rows = (await producer.app
      .get(DataSource)
      .query(
        `SELECT message_key, envelope->'data'->>'amount' AS amount FROM outbox WHERE message_key = ANY($1) ORDER BY position`,
        [[first, second]],
      )) as Array<{ message_key: string; amount: string }>;
    expect(rows).toHaveLength(4);
    // Each transaction's rows lie together: one committed whole before the other.
    const order = rows.map((r) => r.amount);
    expect([order.slice(0, 2), order.slice(2)].map((pair) => new Set(pair).size)).toEqual([1, 1]);
    expect(new Set(rows.map((r) => r.message_key))).toEqual(new Set([first, second]));
  });

  it('keeps per-aggregate order and publishes each event once with two relay replicas', async () => {
    const replica = await startTestService(producerService());
    try {
      const aggregates = Array.from({ length: 25 }, () => randomUUID());
      const apps = [producer, replica].map((s) => s.app.get(ProbeCommands));
      for (let seq = 1; seq <= 20; seq++) {
        await Promise.all(
          aggregates.map((aggregate, i) => apps[(i + seq) % 2].record(aggregate, seq, 'LAPAS-REPLICAS')),
        );
      }
      const wanted = new Set<string>(aggregates);
      const arrived = await probe.waitFor((m) => wanted.has(m.key!), 500, 60_000);
      await new Promise((r) => setTimeout(r, 1_000));
      const all = probe.messages.filter((m) => wanted.has(m.key!));
      expect(new Set(all.map((m) => m.envelope!.id)).size).toBe(500);
      expect(all).toHaveLength(500);
      for (const [, seqs] of sequencesByKey(arrived)) expect(seqs).toEqual(ascending(20));
    } finally {
      await replica.stop();
    }
  }, 120_000);

  it('parks a row the broker refuses without holding up other keys, and sends its key in order once it can', async () => {
    const db = producer.app.get(DataSource);
    const commands = producer.app.get(ProbeCommands);
    const missing = `test.missing.${randomUUID()}`;
    const stuck = randomUUID();
    // An event of `stuck` routed to a topic the broker does not have, then a later one of the same key.
    const transactions = producer.app.get(Transactions);
    const unsendable = await transactions.run(async () => {
      const event = await commands.record(stuck, 1, 'LAPAS-PARKED');
      // Sent with the COMMIT, after the outbox rows.
      transactions.atCommit(() => ({
        text: `UPDATE outbox SET topic = $1 WHERE event_id = $2`,
        values: [missing, event.id],
      }));
      return event;
    });
    const behind = await commands.record(stuck, 2, 'LAPAS-PARKED');
    const others = Array.from({ length: 5 }, () => randomUUID());
    for (let seq = 1; seq <= 3; seq++) await Promise.all(others.map((key) => commands.record(key, seq)));

    const wanted = new Set<string>(others);
    const arrived = await probe.waitFor((m) => wanted.has(m.key!), 15, 20_000);
    for (const [, seqs] of sequencesByKey(arrived)) expect(seqs).toEqual(ascending(3));
    const state = async () =>
      (await db.query(
        `SELECT o.event_id, p.position IS NULL AS published, p.attempts > 0 AS tried, p.last_error
           FROM outbox o LEFT JOIN outbox_pending p USING (position)
          WHERE o.message_key = $1 ORDER BY o.position`,
        [stuck],
      )) as Array<{ event_id: string; published: boolean; tried: boolean; last_error: string | null }>;
    const [refused, waiting] = await state();
    expect(refused).toMatchObject({ event_id: unsendable.id, published: false, tried: true });
    expect(refused.last_error).toMatch(/topic|partition/i);
    expect(waiting).toMatchObject({ event_id: behind.id, published: false, tried: false, last_error: null });
    expect(probe.messages.filter((m) => m.key === stuck)).toEqual([]);

    const { brokers, topicPrefix } = testInfrastructure();
    const admin = createKafka({ brokers: brokers.split(','), clientId: 'test-parked' }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: `${topicPrefix}${missing}` }], waitForLeaders: false });
      const [late] = await probe.waitFor((m) => m.key === stuck, 1, 30_000);
      expect(late.envelope!.id).toBe(behind.id);
      // The relay commits the rows once Kafka has acknowledged them: a consumer may read the
      // message a moment before that commit.
      const published = await eventually(
        async () => (await state()).map((row) => row.published),
        (flags) => flags.every(Boolean),
        10_000,
      );
      expect(published).toEqual([true, true]);
    } finally {
      await admin.deleteTopics({ topics: [`${topicPrefix}${missing}`] }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 90_000);
});
