import { randomUUID } from 'node:crypto';
import { ProgramFundingRequestedV1, Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { eventually, publishTestEvent, startTestService, testInfrastructure } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { createKafka } from '../src';
import { consumerService, fundingRequest } from './probe-services';

/**
 * When the consumer commits its Kafka offsets: by its commit interval and at shutdown, not after
 * every batch. Where the group's committed offset stands decides what a restarted consumer reads
 * again (the inbox absorbs it, but every message read twice is work done twice).
 */
describe('offset commits of the event consumer (real Kafka)', () => {
  const infra = testInfrastructure();
  const topic = `${infra.topicPrefix}${Topics.program}`;
  const groupId = `${infra.topicPrefix}budgeting`;
  const admin = createKafka({ brokers: infra.brokers.split(','), clientId: 'offset-commits-test' }).admin();

  beforeAll(() => admin.connect());
  afterAll(() => admin.disconnect());

  /** Partitions holding messages past the group's committed offset (-1 when it committed none). */
  async function uncommitted(): Promise<number[]> {
    const [ends, [committed]] = await Promise.all([
      admin.fetchTopicOffsets(topic),
      admin.fetchOffsets({ groupId, topics: [topic] }),
    ]);
    const at = new Map(committed.partitions.map((p) => [p.partition, Number(p.offset)]));
    return ends
      .filter((end) => Number(end.high) > Math.max(at.get(end.partition) ?? -1, Number(end.low)))
      .map((end) => end.partition);
  }

  async function handleEvents(consumer: RunningService, count: number) {
    const aggregate = randomUUID();
    for (let seq = 1; seq <= count; seq++)
      await publishTestEvent(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-OFFSETS', seq));
    await eventually(
      async () =>
        (
          await consumer.app
            .get(DataSource)
            .query(`SELECT count(*)::int AS n FROM probe_effects WHERE aggregate_id = $1`, [aggregate])
        )[0].n as number,
      (n) => n === count,
    );
  }

  it('commits what it handled once the interval has passed, with nothing more arriving', async () => {
    const consumer = await startTestService(consumerService({ consumer: { commitIntervalMs: 300 } }));
    try {
      await handleEvents(consumer, 5);
      expect(await eventually(uncommitted, (behind) => behind.length === 0, 5_000)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  });

  it('does not commit after every batch, and commits at shutdown what it handled', async () => {
    const consumer = await startTestService(consumerService({ consumer: { commitIntervalMs: 600_000 } }));
    try {
      await handleEvents(consumer, 5);
      // Handled, and two seconds later still not committed: no batch committed on its own.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect((await uncommitted()).length).toBeGreaterThan(0);
    } finally {
      await consumer.stop();
    }
    expect(await uncommitted()).toEqual([]);
  });
});
