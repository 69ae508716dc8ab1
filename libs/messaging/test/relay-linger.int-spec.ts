import { Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe, startTestService } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { OutboxRelay } from '../src';
import { ProbeCommands, producerService } from './probe-services';

const COMMITS = 5;
const APART_MS = 20;

describe('outbox relay linger (real PostgreSQL and Kafka)', () => {
  let producer: RunningService;
  let probe: EventProbe;

  beforeAll(async () => {
    // Only NOTIFY wakes this relay (its poll is 10 s), and it then lingers 1 s.
    producer = await startTestService(
      producerService({ relay: { pollIntervalMs: 10_000, lingerMs: 1_000 } }),
    );
    probe = await EventProbe.start([Topics.program]);
  });
  afterAll(async () => {
    await probe?.stop();
    await producer?.stop();
  });

  it('sends the events of commits made while it lingers in one batch', async () => {
    const relay = producer.app.get(OutboxRelay);
    const commands = producer.app.get(ProbeCommands);
    // One event sent first: the relay is then past its first claim at start, idle, waiting for NOTIFY.
    const first = randomUUID();
    await commands.record(first, 1);
    await probe.waitFor((m) => m.key === first, 1);
    const claims = jest.spyOn(relay as unknown as { claim(inFlight: string[]): Promise<unknown> }, 'claim');
    const aggregates: string[] = Array.from({ length: COMMITS }, () => randomUUID());
    for (const aggregate of aggregates) {
      await commands.record(aggregate, 1);
      await new Promise((r) => setTimeout(r, APART_MS));
    }
    await probe.waitFor((m) => aggregates.includes(m.key!), COMMITS);

    const batches = await Promise.all(
      claims.mock.results.map(async (result) => {
        const { rows } = (await result.value) as { rows: Array<{ message_key: string }> };
        return rows.map((row) => row.message_key).filter((key) => aggregates.includes(key));
      }),
    );
    // Every commit came within the linger of the first one's NOTIFY: one claim took them all.
    expect(batches.filter((keys) => keys.length > 0)).toEqual([aggregates]);
    claims.mockRestore();
  });
});
