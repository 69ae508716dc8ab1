import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin } from 'kafkajs';
import { allTopicNames } from '@sinergi/contracts';
import { createKafka, physicalTopic, type KafkaConnection } from '../kafka-client';

export interface EnsureTopicsOptions {
  partitions?: number;
  /** Copies of each partition: 1 on a single broker (the default), 3 on a production cluster. */
  replicationFactor?: number;
  /** Copies that must acknowledge a write (acks=all): default 2 from replication factor 3 up, else 1. */
  minInsyncReplicas?: number;
  /** How long a retry topic keeps a message: default 7 days. */
  retryRetentionMs?: number;
  /** How long a dead-letter topic keeps a message (time to redrive it): default 30 days. */
  deadLetterRetentionMs?: number;
  log?: (message: string) => void;
}

const HOUR_MS = 3_600_000;
export const DEFAULT_RETRY_RETENTION_MS = 7 * 24 * HOUR_MS;
export const DEFAULT_DEAD_LETTER_RETENTION_MS = 30 * 24 * HOUR_MS;

const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return n;
};

/**
 * Topic settings from the environment: TOPIC_PARTITIONS, KAFKA_REPLICATION_FACTOR,
 * KAFKA_MIN_INSYNC_REPLICAS, KAFKA_RETRY_RETENTION_HOURS and KAFKA_DLQ_RETENTION_DAYS.
 */
export function topicSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EnsureTopicsOptions {
  const retryHours = positive('KAFKA_RETRY_RETENTION_HOURS', env.KAFKA_RETRY_RETENTION_HOURS);
  const dlqDays = positive('KAFKA_DLQ_RETENTION_DAYS', env.KAFKA_DLQ_RETENTION_DAYS);
  return {
    partitions: positive('TOPIC_PARTITIONS', env.TOPIC_PARTITIONS),
    replicationFactor: positive('KAFKA_REPLICATION_FACTOR', env.KAFKA_REPLICATION_FACTOR),
    minInsyncReplicas: positive('KAFKA_MIN_INSYNC_REPLICAS', env.KAFKA_MIN_INSYNC_REPLICAS),
    retryRetentionMs: retryHours && retryHours * HOUR_MS,
    deadLetterRetentionMs: dlqDays && dlqDays * 24 * HOUR_MS,
  };
}

/** The settings of one topic: replication, acknowledgement quorum and, for retry and DLQ topics, retention. */
export function topicConfig(topic: string, options: EnsureTopicsOptions = {}) {
  const replicationFactor = options.replicationFactor ?? 1;
  const minInsync = options.minInsyncReplicas ?? (replicationFactor >= 3 ? 2 : 1);
  if (minInsync > replicationFactor)
    throw new Error(`min.insync.replicas ${minInsync} exceeds the replication factor ${replicationFactor}`);
  const retention = topic.endsWith('.retry')
    ? (options.retryRetentionMs ?? DEFAULT_RETRY_RETENTION_MS)
    : topic.endsWith('.dlq')
      ? (options.deadLetterRetentionMs ?? DEFAULT_DEAD_LETTER_RETENTION_MS)
      : undefined;
  return {
    numPartitions: options.partitions ?? 3,
    replicationFactor,
    configEntries: [
      { name: 'min.insync.replicas', value: String(minInsync) },
      ...(retention === undefined ? [] : [{ name: 'retention.ms', value: String(retention) }]),
    ],
  };
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
        topics: missing.map((topic) => ({ topic, ...topicConfig(topic, options) })),
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
