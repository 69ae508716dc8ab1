import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import {
  deadLetterTopic,
  InvalidEventError,
  parseEnvelope,
  retryTopic,
  type EventEnvelope,
} from '@sinergi/contracts';
import { ReadinessService, withTimeout, type ConsumerStatus } from '@sinergi/platform';
import type { Consumer, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import {
  createKafka,
  createProducer,
  header,
  logicalTopic,
  physicalTopic,
  serviceConnection,
} from '../kafka-client';
import { DEFAULT_MESSAGING, MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { countBy, MessagingMetrics } from '../metrics';
import { Transactions } from '../transactions/transactions';
import { inConsumerBatchSpan, inConsumerSpan } from '../tracing';
import { consumerFailure, MissingTopicsError } from './consumer-failure';
import { EventHandlers, type RegisteredHandler } from './event-handlers';
import { applyAllOnce, applyOnce, type InboxEntry } from './inbox';

/** Headers a failed message carries on the retry and dead-letter topics. */
export const FailureHeaders = {
  error: 'x-error',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  attempts: 'x-attempts',
  notBefore: 'x-not-before',
  consumer: 'x-consumer',
} as const;

/** Messages of one partition handled in one transaction on the fast path: a relay batch in one commit. */
const CHUNK_SIZE = DEFAULT_MESSAGING.relay.batchSize;

/** How long a shutdown waits for the last offset commit. */
const SHUTDOWN_COMMIT_MS = 3_000;

interface Source {
  physicalTopic: string;
  /** The event stream the message belongs to (the retry topic's origin). */
  topic: string;
  partition: number;
  isRetry: boolean;
}

/**
 * Runs the service's `@HandleEvent` handlers: each message is validated, then handled in a
 * transaction with its inbox record (a duplicate is skipped), and its offset is committed only
 * after that transaction. Consecutive messages of a partition share one transaction (up to
 * CHUNK_SIZE); if any of them fails, none is applied and they are taken one by one. A message that keeps failing moves to the retry topic, then the DLQ.
 */
@Injectable()
export class EventConsumer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventConsumer.name);
  private consumer?: Consumer;
  private producer?: Producer;
  private stopped = false;
  /** Aborts the waits between start attempts, so shutdown is not held up by a backoff. */
  private readonly stopping = new AbortController();
  private joined!: Promise<void>;
  private markJoined!: () => void;
  /** Undefined when the service consumes nothing. */
  private current?: ConsumerStatus;
  /** Commits the offsets of the messages handled since the last commit; set once a batch ran. */
  private commitHandled?: () => Promise<void>;
  private commitTimer?: NodeJS.Timeout;

  constructor(
    private readonly handlers: EventHandlers,
    private readonly transactions: Transactions,
    private readonly readiness: ReadinessService,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.joined = new Promise((resolve) => (this.markJoined = resolve));
  }

  /** Resolves once the consumer has joined its group (tests wait for it before producing). */
  whenJoined(): Promise<void> {
    return this.joined;
  }

  /** joining, joined, or stopped with the reason; undefined when the service consumes nothing. */
  status(): ConsumerStatus | undefined {
    return this.current;
  }

  /** Before anything starts: a handler that would be skipped or stall consumption stops the service. */
  onModuleInit() {
    this.handlers.verify();
    this.readiness.addConsumers(() => (this.current ? [this.current] : []));
  }

  onApplicationBootstrap() {
    if (!this.options.consumer.enabled || this.handlers.topics().length === 0) {
      this.markJoined();
      return;
    }
    this.setState('joining');
    void this.startWithRetry();
  }

  private setState(state: ConsumerStatus['state'], failure?: { reason: string; brokerUnreachable: boolean }) {
    const name = this.options.serviceName;
    this.current = {
      name,
      state,
      ...(failure ? { reason: failure.reason } : {}),
      ready: !failure || failure.brokerUnreachable,
    };
    MessagingMetrics.consumerState(name, state);
    if (state === 'joined') this.markJoined();
  }

  /** A crash kafkajs does not restart from (a non-retriable error) is restarted here, with backoff. */
  private onCrash(error: unknown, restart: boolean) {
    if (this.stopped) return;
    this.setState('stopped', consumerFailure(error));
    if (!restart) void this.startWithRetry();
  }

  async onModuleDestroy() {
    this.stopped = true;
    this.stopping.abort();
    clearTimeout(this.commitTimer);
    // What a batch still running handles is committed by that batch, which sees the stop. A broker
    // that does not answer holds the shutdown up for no longer than SHUTDOWN_COMMIT_MS.
    await withTimeout(this.commitNow(), SHUTDOWN_COMMIT_MS, 'the offset commit').catch(() => undefined);
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
  }

  private async startWithRetry() {
    for (let delay = 500; !this.stopped; delay = Math.min(delay * 2, 10_000)) {
      try {
        await this.start();
        return;
      } catch (error) {
        if (this.stopped) return;
        this.setState('stopped', consumerFailure(error));
        this.logger.warn(`consumer could not start (${this.current?.reason}); retrying in ${delay} ms`);
        await this.consumer?.disconnect().catch(() => undefined);
        await this.producer?.disconnect().catch(() => undefined);
        await sleep(delay, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  private async start() {
    const { serviceName, consumer: settings } = this.options;
    // Few connection retries: the start loop above backs off between attempts and stops on shutdown.
    const kafka = createKafka(serviceConnection(this.options, `${serviceName}-consumer`), {
      retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1_000 },
    });
    this.producer = createProducer(kafka);
    this.consumer = kafka.consumer({
      groupId: physicalTopic(this.options, serviceName),
      sessionTimeout: settings.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(settings.sessionTimeoutMs / 5)),
      maxWaitTimeInMs: settings.maxWaitMs,
      allowAutoTopicCreation: false,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.setState('joined'));
    this.consumer.on(this.consumer.events.REBALANCING, () => {
      if (this.current?.state === 'joined') this.setState('joining');
      // The group still accepts this generation's commits: the next owner starts after them.
      void this.commitNow();
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) =>
      this.onCrash(payload.error, payload.restart),
    );
    const topics = this.handlers
      .topics()
      .flatMap((t) => [t, retryTopic(t, serviceName)])
      .map((t) => physicalTopic(this.options, t));
    await this.requireTopics(kafka, topics);
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    // Offsets are committed by the interval (see commitIntervalMs), on a rebalance and on shutdown,
    // not by kafkajs after every batch. A commit lost in a crash only means messages are delivered
    // again, which the inbox absorbs.
    await this.consumer.run({
      autoCommit: false,
      autoCommitInterval: settings.commitIntervalMs,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        commitOffsetsIfNecessary,
        isRunning,
        isStale,
        uncommittedOffsets,
      }) => {
        this.commitHandled = async () => {
          const offsets = uncommittedOffsets();
          if (offsets.topics.length > 0) await commitOffsetsIfNecessary(offsets);
        };
        const topic = logicalTopic(this.options, batch.topic);
        const retrySuffix = `.${serviceName}.retry`;
        const isRetry = topic.endsWith(retrySuffix);
        const source: Source = {
          physicalTopic: batch.topic,
          topic: isRetry ? topic.slice(0, -retrySuffix.length) : topic,
          partition: batch.partition,
          isRetry,
        };
        const chunkSize = source.isRetry ? 1 : CHUNK_SIZE;
        try {
          chunks: for (let i = 0; i < batch.messages.length; i += chunkSize) {
            if (!isRunning() || isStale()) break;
            const chunk = batch.messages.slice(i, i + chunkSize);
            if (chunk.length > 1 && (await this.handleTogether(chunk, source))) {
              resolveOffset(chunk[chunk.length - 1].offset);
            } else {
              for (const message of chunk) {
                if (!isRunning() || isStale()) break chunks;
                await this.process(message, source, heartbeat);
                resolveOffset(message.offset);
                await heartbeat();
              }
            }
            await commitOffsetsIfNecessary();
            await heartbeat();
          }
          MessagingMetrics.consumerLag.set(
            { topic: batch.topic, partition: String(batch.partition) },
            Number(batch.offsetLag()),
          );
        } finally {
          // A batch that ends on a stop commits at once: the shutdown's own commit may have run.
          if (isRunning()) this.commitSoon();
          else await this.commitNow();
        }
      },
    });
  }

  /** Commits what was handled once the commit interval has passed. */
  private commitSoon() {
    this.commitTimer ??= setTimeout(() => {
      this.commitTimer = undefined;
      void this.commitNow();
    }, this.options.consumer.commitIntervalMs).unref();
  }

  /** Commits the offsets handled and not committed yet; a failure is left to the next commit. */
  private async commitNow() {
    try {
      await this.commitHandled?.();
    } catch (error) {
      this.logger.debug(`committing offsets failed: ${(error as Error).message}`);
    }
  }

  /** Names the subscribed topics the broker does not have (kafkajs would only retry without naming them). */
  private async requireTopics(kafka: Kafka, topics: string[]) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t));
      if (missing.length > 0) throw new MissingTopicsError(missing);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private async process(message: KafkaMessage, source: Source, heartbeat: () => Promise<void>) {
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(message.value).envelope;
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      await this.moveOn(message, source, error, 'dlq', header(message.headers, 'event-type') ?? 'unknown');
      return;
    }
    const handlers = this.handlers.forEvent(envelope.type, envelope.version);
    if (handlers.length === 0) {
      this.ignore(envelope);
      return;
    }

    if (source.isRetry)
      await this.waitUntil(Number(header(message.headers, FailureHeaders.notBefore) ?? 0), heartbeat);
    const { attemptsInPlace, backoffMs } = this.options.consumer;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attemptsInPlace; attempt++) {
      try {
        await inConsumerSpan(
          source.topic,
          message.headers,
          this.spanAttributes(envelope, message.offset),
          () => this.handle(envelope, handlers, source, message.offset),
        );
        return;
      } catch (error) {
        lastError = error;
        this.logger.warn(
          `${envelope.type} ${envelope.id} failed (attempt ${attempt}/${attemptsInPlace}): ${(error as Error).message}`,
        );
        if (error instanceof InvalidEventError) break;
        if (attempt < attemptsInPlace) {
          await sleep(backoffMs * 2 ** (attempt - 1));
          await heartbeat();
        }
      }
    }
    const invalid = lastError instanceof InvalidEventError;
    await this.moveOn(message, source, lastError, source.isRetry || invalid ? 'dlq' : 'retry', envelope.type);
  }

  /**
   * The fast path: a chunk of valid messages handled in one transaction (one commit instead of one
   * per event). Returns false, with nothing applied, when any message is invalid or any handler
   * throws; the caller then takes the messages one by one with retries and dead letters.
   */
  private async handleTogether(messages: KafkaMessage[], source: Source): Promise<boolean> {
    const work: Array<InboxEntry & { headers: KafkaMessage['headers'] }> = [];
    const ignored: EventEnvelope[] = [];
    for (const message of messages) {
      let envelope: EventEnvelope;
      try {
        envelope = parseEnvelope(message.value).envelope;
      } catch {
        return false;
      }
      const handlers = this.handlers.forEvent(envelope.type, envelope.version);
      if (handlers.length > 0)
        work.push({
          envelope,
          handlers,
          source: { topic: source.topic, partition: source.partition, offset: message.offset },
          headers: message.headers,
        });
      else ignored.push(envelope);
    }
    if (work.length === 0) {
      ignored.forEach((envelope) => this.ignore(envelope));
      return true;
    }
    let outcomes: Array<'handled' | 'duplicate'>;
    try {
      outcomes = await this.transactions.run((manager) =>
        applyAllOnce(manager, this.options.serviceName, work, (entries, run) =>
          entries.length === 1
            ? inConsumerSpan(
                source.topic,
                entries[0].headers,
                this.spanAttributes(entries[0].envelope, entries[0].source.offset),
                run,
              )
            : inConsumerBatchSpan(
                source.topic,
                entries.map((entry) => entry.headers),
                this.batchSpanAttributes(entries),
                run,
              ),
        ),
      );
    } catch (error) {
      this.logger.debug(
        `a chunk of ${work.length} events failed together (${(error as Error).message}); taking them one by one`,
      );
      return false;
    }
    ignored.forEach((envelope) => this.ignore(envelope));
    for (const outcome of ['handled', 'duplicate'] as const)
      for (const [type, count] of countBy(
        work.filter((_, i) => outcomes[i] === outcome),
        (entry) => entry.envelope.type,
      ))
        MessagingMetrics.handled.inc({ type, outcome }, count);
    const afterHandled = this.options.hooks?.afterHandled;
    if (afterHandled)
      for (const [i, { envelope }] of work.entries()) await afterHandled(envelope, outcomes[i]);
    return true;
  }

  /** A `@HandleEvents` call's span: the messages it took, each linked by its trace context. */
  private batchSpanAttributes(entries: InboxEntry[]) {
    const { 'messaging.message.id': _first, ...shared } = this.spanAttributes(
      entries[0].envelope,
      entries[0].source.offset,
    );
    return { ...shared, 'messaging.batch.message_count': entries.length };
  }

  private spanAttributes(envelope: EventEnvelope, offset: string) {
    return {
      'messaging.consumer.group.name': this.options.serviceName,
      'messaging.message.id': envelope.id,
      'messaging.kafka.offset': Number(offset),
      'sinergi.event.type': envelope.type,
      'sinergi.service': this.options.serviceName,
    };
  }

  /** An event on a subscribed topic that no handler of this service takes: counted, logged, passed. */
  private ignore(envelope: EventEnvelope) {
    MessagingMetrics.ignored.inc({ type: envelope.type });
    this.logger.debug(
      `${envelope.type} v${envelope.version} ${envelope.id} ignored: no handler in ${this.options.serviceName}`,
    );
  }

  /** Records the event in the inbox and runs its handlers, inside the caller's transaction. */
  private applyInTransaction(
    manager: EntityManager,
    envelope: EventEnvelope,
    handlers: RegisteredHandler[],
    source: Source,
    offset: string,
  ): Promise<'handled' | 'duplicate'> {
    return applyOnce(manager, this.options.serviceName, envelope, handlers, {
      topic: source.topic,
      partition: source.partition,
      offset,
    });
  }

  private async handle(
    envelope: EventEnvelope,
    handlers: RegisteredHandler[],
    source: Source,
    offset: string,
  ) {
    const outcome = await this.transactions.run((manager) =>
      this.applyInTransaction(manager, envelope, handlers, source, offset),
    );
    MessagingMetrics.handled.inc({ type: envelope.type, outcome });
    await this.options.hooks?.afterHandled?.(envelope, outcome);
  }

  private async waitUntil(notBefore: number, heartbeat: () => Promise<void>) {
    while (!this.stopped && Date.now() < notBefore) {
      await sleep(Math.min(500, notBefore - Date.now()));
      await heartbeat();
    }
  }

  /** Sends a failed message to the retry or dead-letter topic, keeping where it first came from. */
  private async moveOn(
    message: KafkaMessage,
    source: Source,
    error: unknown,
    target: 'retry' | 'dlq',
    type: string,
  ) {
    const { serviceName } = this.options;
    const attemptsBefore = Number(header(message.headers, FailureHeaders.attempts) ?? 0);
    const attempts =
      attemptsBefore + (error instanceof InvalidEventError ? 1 : this.options.consumer.attemptsInPlace);
    const topic =
      target === 'retry' ? retryTopic(source.topic, serviceName) : deadLetterTopic(source.topic, serviceName);
    const headers: IHeaders = {
      ...message.headers,
      [FailureHeaders.error]: String(error instanceof Error ? error.message : error).slice(0, 2000),
      [FailureHeaders.originalTopic]: header(message.headers, FailureHeaders.originalTopic) ?? source.topic,
      [FailureHeaders.originalPartition]:
        header(message.headers, FailureHeaders.originalPartition) ?? String(source.partition),
      [FailureHeaders.originalOffset]:
        header(message.headers, FailureHeaders.originalOffset) ?? message.offset,
      [FailureHeaders.attempts]: String(attempts),
      [FailureHeaders.consumer]: serviceName,
      [FailureHeaders.notBefore]: String(Date.now() + this.options.consumer.retryDelayMs),
    };
    await this.producer!.send({
      topic: physicalTopic(this.options, topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    (target === 'retry' ? MessagingMetrics.retried : MessagingMetrics.deadLettered).inc({ type });
    this.logger.error(
      `${type} moved to ${topic} after ${attempts} attempt(s): ${headers[FailureHeaders.error]}`,
    );
  }
}
