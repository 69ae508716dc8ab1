import { randomUUID } from 'node:crypto';
import {
  deadLetterTopic,
  EventHeaders,
  retryTopic,
  Subscriptions,
  type ConsumerName,
} from '@sinergi/contracts';
import { FailureHeaders } from '../consumer/event-consumer';
import { createKafka, createProducer, header, physicalTopic, type KafkaConnection } from '../kafka-client';

export interface RedriveOptions {
  connection: KafkaConnection;
  consumer: ConsumerName;
  /** Only the message of this event id; otherwise every dead-lettered message of the consumer. */
  eventId?: string;
  log?: (message: string) => void;
}

/**
 * Puts dead-lettered messages back on the consumer's retry topic, so only that consumer sees them
 * again. Safe to repeat: the consumer's inbox skips any event it has already handled.
 */
export async function redrive({ connection, consumer, eventId, log = () => undefined }: RedriveOptions) {
  const kafka = createKafka({ ...connection, clientId: `redrive-${consumer}` });
  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map<string, bigint>();
  const sources = Subscriptions[consumer];
  try {
    for (const topic of sources) {
      const dlq = physicalTopic(connection, deadLetterTopic(topic, consumer));
      for (const p of await admin.fetchTopicOffsets(dlq)) {
        if (BigInt(p.high) > BigInt(p.low)) remaining.set(`${dlq}:${p.partition}`, BigInt(p.high) - 1n);
      }
    }
  } finally {
    await admin.disconnect();
  }
  if (remaining.size === 0) {
    log(`no dead-lettered messages for ${consumer}`);
    return { scanned: 0, redriven: 0 };
  }

  const producer = createProducer(kafka);
  const reader = kafka.consumer({ groupId: `redrive-${consumer}-${randomUUID()}`, maxWaitTimeInMs: 100 });
  let scanned = 0;
  let redriven = 0;
  await producer.connect();
  await reader.connect();
  try {
    await reader.subscribe({
      topics: sources.map((t) => physicalTopic(connection, deadLetterTopic(t, consumer))),
      fromBeginning: true,
    });
    await new Promise<void>((resolve, reject) => {
      reader
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            const key = `${topic}:${partition}`;
            const last = remaining.get(key);
            if (last === undefined || BigInt(message.offset) > last) return;
            scanned++;
            const id = header(message.headers, EventHeaders.id);
            if (!eventId || id === eventId) {
              const original = header(message.headers, FailureHeaders.originalTopic)!;
              await producer.send({
                topic: physicalTopic(connection, retryTopic(original, consumer)),
                acks: -1,
                messages: [
                  {
                    key: message.key,
                    value: message.value,
                    headers: {
                      ...message.headers,
                      [FailureHeaders.attempts]: '0',
                      [FailureHeaders.notBefore]: '0',
                    },
                  },
                ],
              });
              redriven++;
              log(`redriven ${id ?? '(no id)'} from ${topic}[${partition}]@${message.offset}`);
            }
            if (BigInt(message.offset) >= last) remaining.delete(key);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await reader.disconnect();
    await producer.disconnect();
  }
  log(`${redriven} of ${scanned} dead-lettered message(s) redriven for ${consumer}`);
  return { scanned, redriven };
}
