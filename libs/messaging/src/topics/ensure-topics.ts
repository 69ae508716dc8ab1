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
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: options.partitions ?? 3,
          replicationFactor: options.replicationFactor ?? 1,
        })),
      });
    }
    options.log?.(`topics: ${missing.length} created, ${existing.size} already present`);
    return missing;
  } finally {
    await admin.disconnect();
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
