import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin } from 'kafkajs';
import { allTopicNames } from '@sinergi/contracts';
import { createKafka, physicalTopic, type KafkaConnection } from '../kafka-client';

export interface EnsureTopicsOptions {
  partitions?: number;
  replicationFactor?: number;
  log?: (message: string) => void;
}

/** Creates every platform topic that is missing (idempotent); returns the names it created. */
export async function ensureTopics(
  connection: KafkaConnection,
  options: EnsureTopicsOptions = {},
): Promise<string[]> {
  const admin = createKafka(connection).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = allTopicNames()
      .map((topic) => physicalTopic(connection, topic))
      .filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: options.partitions ?? 3,
          replicationFactor: options.replicationFactor ?? 1,
        })),
      });
      await waitForLeaders(admin, missing);
    }
    options.log?.(`topics: ${missing.length} created, ${existing.size} already present`);
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until every partition of the new topics has a leader. A busy broker may answer metadata
 * requests for a topic it has just created with "does not host this topic-partition" for a while,
 * which kafkajs's own `waitForLeaders` treats as fatal.
 */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await admin.fetchTopicMetadata({ topics }).then(
      ({ topics: found }) =>
        found.length === topics.length && found.every((t) => t.partitions.every((p) => p.leader >= 0)),
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline)
      throw new Error(`Kafka topics have no leader after ${timeoutMs / 1000} s: ${topics.join(', ')}`);
    await sleep(250);
  }
}

/** Deletes every topic starting with `prefix` (used to clean up after a test run). */
export async function deleteTopicsWithPrefix(connection: KafkaConnection, prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete topics without a prefix');
  const admin = createKafka(connection).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
  } finally {
    await admin.disconnect();
  }
}
