import { Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe, startTestService } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProbeCommands, producerService } from './probe-services';

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
    expect(published[0].headers).toMatchObject({
      'event-id': committed.id,
      'event-type': 'program.funding-requested',
    });
    expect(published[0].envelope).toMatchObject({
      source: 'rehabilitation',
      aggregateType: 'program',
      version: 1,
    });

    const rows = await producer.app
      .get(DataSource)
      .query(`SELECT published_at IS NOT NULL AS published FROM outbox WHERE message_key = $1`, [aggregate]);
    expect(rows).toEqual([{ published: true }, { published: true }]);
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
});
