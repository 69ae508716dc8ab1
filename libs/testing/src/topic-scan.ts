import { randomUUID } from 'node:crypto';
import { createKafka } from '@sinergi/messaging';
import { testInfrastructure } from './test-env';

export interface ScannedMessage {
  topic: string;
  partition: number;
  offset: string;
  /** Key, value and headers (`name=value`), one per line. */
  text: string;
}

/**
 * Reads every topic of this run's prefix from the beginning to its current end (the high
 * watermark of each partition when called): everything the run's services have written to Kafka.
 */
export async function readRunTopics(timeoutMs = 60_000): Promise<ScannedMessage[]> {
  const infra = testInfrastructure();
  const kafka = createKafka({ brokers: infra.brokers.split(','), clientId: 'topic-scan' });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(infra.topicPrefix));
    for (const topic of topics)
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic))
        if (BigInt(high) > BigInt(low)) ends.set(`${topic}:${partition}`, BigInt(high));
  } finally {
    await admin.disconnect();
  }
  const messages: ScannedMessage[] = [];
  if (ends.size === 0) return messages;
  const topics = [...new Set([...ends.keys()].map((id) => id.slice(0, id.lastIndexOf(':'))))];
  const consumer = kafka.consumer({ groupId: `topic-scan-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    const remaining = new Set(ends.keys());
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not read to their end within ${timeoutMs} ms: ${[...remaining].join(', ')}`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            const id = `${topic}:${partition}`;
            if (BigInt(message.offset) >= ends.get(id)!) return;
            messages.push({
              topic,
              partition,
              offset: message.offset,
              text: [
                message.key?.toString() ?? '',
                message.value?.toString() ?? '',
                ...Object.entries(message.headers ?? {}).map(([name, value]) => `${name}=${String(value)}`),
              ].join('\n'),
            });
            if (BigInt(message.offset) + 1n >= ends.get(id)!) remaining.delete(id);
            if (remaining.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}
