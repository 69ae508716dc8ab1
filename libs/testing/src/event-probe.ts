import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@sinergi/contracts';
import { createKafka, type KafkaSecurity } from '@sinergi/messaging';
import type { Consumer, IHeaders } from 'kafkajs';
import { testInfrastructure } from './test-env';

export interface ProbedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  /** The parsed envelope, or undefined when the value is not JSON. */
  envelope?: EventEnvelope;
  raw: string | null;
}

const flatten = (headers: IHeaders | undefined) =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]));

/** Reads what really reached Kafka: a consumer with its own group over the run's topics. */
export class EventProbe {
  readonly messages: ProbedMessage[] = [];
  private constructor(private readonly consumer: Consumer) {}

  /**
   * `topics` are logical names; the run's prefix is added. Resolves once the group has joined.
   * `brokers` defaults to the run's broker (a test's private broker otherwise, with its `security`).
   */
  static async start(topics: string[], brokers?: string, security?: KafkaSecurity): Promise<EventProbe> {
    const infra = testInfrastructure();
    const kafka = createKafka({
      brokers: (brokers ?? infra.brokers).split(','),
      clientId: 'event-probe',
      security,
    });
    const consumer = kafka.consumer({
      groupId: `probe-${randomUUID()}`,
      maxWaitTimeInMs: 100,
      sessionTimeout: 10_000,
    });
    const probe = new EventProbe(consumer);
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics: topics.map((t) => `${infra.topicPrefix}${t}`), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const raw = message.value?.toString() ?? null;
        let envelope: EventEnvelope | undefined;
        try {
          envelope = raw ? JSON.parse(raw) : undefined;
        } catch {
          envelope = undefined;
        }
        probe.messages.push({
          topic: topic.slice(infra.topicPrefix.length),
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          headers: flatten(message.headers),
          envelope,
          raw,
        });
      },
    });
    await joined;
    return probe;
  }

  /** Waits until `count` messages match, or fails after `timeoutMs` saying how many arrived. */
  async waitFor(
    predicate: (m: ProbedMessage) => boolean,
    count = 1,
    timeoutMs = 20_000,
  ): Promise<ProbedMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.filter(predicate);
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} matching message(s) within ${timeoutMs} ms, got ${found.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop() {
    await this.consumer.disconnect();
  }
}

/** Polls `check` until it returns a value that passes `until`, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T>,
  until: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await check();
    if (until(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
}
