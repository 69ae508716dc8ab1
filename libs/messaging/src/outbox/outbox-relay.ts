import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { EventHeaders } from '@sinergi/contracts';
import { withTimeout } from '@sinergi/platform';
import { DataSource, type QueryRunner } from 'typeorm';
import { createKafka, createProducer, physicalTopic, serviceConnection } from '../kafka-client';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { consumerFailure } from '../consumer/consumer-failure';
import { countBy, MessagingMetrics } from '../metrics';
import { endSpans, startPublishSpan } from '../tracing';

/** A send that outlives this is abandoned and retried; the consumers' inboxes absorb a late duplicate. */
const SEND_DEADLINE_MS = 15_000;

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  event_type: string;
  /** The envelope as JSON text, sent as it is. */
  value: string;
  headers: Record<string, string>;
  /** How many times sending it failed before, and the last error. */
  attempts: number;
  last_error: string | null;
}

/** A batch claimed in a transaction of its own, not sent yet. */
interface ClaimedBatch {
  runner: QueryRunner;
  rows: OutboxRow[];
}

/** Errors of a whole topic (every row for it fails alike), as opposed to errors of one message. */
const TOPIC_ERRORS = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'TOPIC_AUTHORIZATION_FAILED',
  'INVALID_TOPIC_EXCEPTION',
]);

const errorTypes = (error: unknown): string[] => {
  const types: string[] = [];
  for (
    let e = error as { type?: string; cause?: unknown; originalError?: unknown } | undefined;
    e && types.length < 10;
  ) {
    if (e.type) types.push(e.type);
    e = (e.cause ?? e.originalError) as typeof e;
  }
  return types;
};

/** The broker answered, refusing the request (not: it could not be reached or did not answer). */
const refusedByBroker = (error: unknown) =>
  errorTypes(error).length > 0 && !consumerFailure(error).brokerUnreachable;

/*
 * The claim's transaction, opened with its settings in one round trip (typeorm's startTransaction
 * would take one of its own; it is committed and rolled back by statement to match):
 * - The batch is the first rows of the pending table's primary key, in its order. After a burst
 *   the planner's statistics still say the pending rows are few, and it would read all of them and
 *   sort them; in this transaction only, it may not.
 * - Its commit does not wait for the WAL to reach the disk. Should the database crash before it
 *   does, the claimed rows are pending again after the restart and sent a second time, which every
 *   consumer's inbox absorbs (delivery is at least once in any case); nothing is lost, as the rows
 *   were written by transactions that did wait.
 */
const BEGIN_CLAIM =
  'BEGIN; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off; SET LOCAL synchronous_commit = off';

/*
 * Takes a batch of pending rows that no other relay holds, leaving out the keys this relay has
 * parked ($2) and any row whose aggregate has an earlier pending row outside the batch (held by
 * another replica): so each aggregate's events reach Kafka in order, whatever the number of replicas.
 * That earlier row is found per key, as the key's first pending row outside the batch (one short
 * index walk per key); the rows of this relay's batch in flight ($3) count as inside.
 * The pending rows are deleted in the same statement, in the relay's transaction: it commits only
 * once Kafka has the events, and writes back the rows it could not send before that. The delete
 * takes the positions as an array, so that the planner looks rows up by key whatever its
 * statistics say: right after a burst they still say the table is nearly empty, and it would
 * otherwise compare every pending row with every claimed one.
 * The statement returns narrow rows. A statement that changes rows holds its whole result in the
 * database's memory before sending it; with the envelopes in it, that was half a megabyte per
 * batch, paid in page faults by the backend (READ_ENVELOPES reads them apart).
 */
const CLAIM_BATCH = `
  WITH batch AS MATERIALIZED (
    SELECT position, message_key
      FROM outbox_pending
     WHERE message_key <> ALL($2::text[])
     ORDER BY position
     LIMIT $1
       FOR UPDATE SKIP LOCKED
  ),
  first_outside AS MATERIALIZED (
    SELECT k.message_key,
           (SELECT p.position FROM outbox_pending p
             WHERE p.message_key = k.message_key
               AND p.position NOT IN (SELECT position FROM batch)
               AND p.position <> ALL($3::bigint[])
             ORDER BY p.position
             LIMIT 1) AS position
      FROM (SELECT DISTINCT message_key FROM batch) k
  ),
  claimed AS (
    DELETE FROM outbox_pending
     WHERE position = ANY (ARRAY(
             SELECT b.position FROM batch b JOIN first_outside f USING (message_key)
              WHERE f.position IS NULL OR b.position < f.position))
    RETURNING position, message_key, attempts, last_error
  )
  SELECT position, message_key, attempts, last_error FROM claimed ORDER BY position`;

/**
 * The claimed rows' events, one primary-key lookup each (the claim's transaction rules out other
 * plans), streamed to the relay as the database reads them; in no particular order.
 */
const READ_ENVELOPES = `
  SELECT position, topic, event_type, envelope::text AS value, headers
    FROM outbox WHERE position = ANY($1::bigint[])`;

/** Writes back, in the relay's transaction, pending rows it claimed and did not send. */
const RETURN_UNSENT = `
  INSERT INTO outbox_pending (position, message_key, attempts, last_error)
  SELECT * FROM jsonb_to_recordset($1::jsonb)
             AS r(position bigint, message_key text, attempts int, last_error text)`;

/** Publishes outbox rows to Kafka: batched, ordered per aggregate, safe with any number of replicas. */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private producer?: Promise<Producer>;
  private listener?: Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private pending = false;
  private metricsTimer?: NodeJS.Timeout;
  /** Keys whose oldest unpublished row the broker refused, with the time it may be tried again. */
  private readonly parked = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onApplicationBootstrap() {
    if (!this.options.relay.enabled) return;
    this.running = true;
    this.loop = this.run();
    // Read from the table on a timer of its own: the gauges keep moving while Kafka is down and
    // the relay loop is stuck retrying.
    this.metricsTimer = setInterval(
      () => void this.refreshBacklogMetrics().catch(() => undefined),
      this.options.relay.metricsIntervalMs,
    );
    this.metricsTimer.unref();
  }

  async onModuleDestroy() {
    clearInterval(this.metricsTimer);
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    await this.resetProducer();
  }

  private async run() {
    let backoff = 0;
    await this.listen();
    while (this.running) {
      try {
        const published = await this.publishInTurn();
        backoff = 0;
        if (published === this.options.relay.batchSize) continue;
        if ((await this.idle(this.options.relay.pollIntervalMs)) === 'notified') await this.linger();
      } catch (error) {
        backoff = Math.min(this.options.relay.maxBackoffMs, backoff === 0 ? 200 : backoff * 2);
        this.logger.warn(`publishing failed, retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.resetProducer();
        await this.idle(backoff);
      }
    }
  }

  /** Sleeps until NOTIFY says a row was written (or shutdown), or the timeout passes. */
  private idle(ms: number): Promise<'notified' | 'timeout'> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve('notified');
    }
    return new Promise((resolve) => {
      const done = (why: 'notified' | 'timeout') => {
        clearTimeout(timer);
        this.wake = undefined;
        this.pending = false;
        resolve(why);
      };
      const timer = setTimeout(() => done('timeout'), ms);
      this.wake = () => done('notified');
    });
  }

  /** Lets the rows of other commits arrive (relay.lingerMs); shutdown cuts it short. */
  private linger(): Promise<void> {
    const ms = this.options.relay.lingerMs;
    if (ms <= 0 || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        // The rows the notifications meanwhile announced are committed: the claim that follows takes them.
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = () => {
        if (!this.running) done();
      };
    });
  }

  private async listen() {
    const channel = `${this.options.schema}_outbox`;
    try {
      const options = this.dataSource.options as { url?: string };
      this.listener = new Client({ connectionString: options.url });
      this.listener.on('notification', () => {
        this.pending = true;
        this.wake?.();
      });
      this.listener.on('error', (error) =>
        this.logger.warn(`outbox listener: ${error.message}; polling instead`),
      );
      await this.listener.connect();
      await this.listener.query(`LISTEN "${channel}"`);
    } catch (error) {
      this.logger.warn(
        `LISTEN ${channel} failed (${(error as Error).message}); polling every ${this.options.relay.pollIntervalMs} ms`,
      );
    }
  }

  /** One connected producer, however many batches ask for it at once (a failed connect is forgotten). */
  private getProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = createProducer(
        createKafka(serviceConnection(this.options, `${this.options.serviceName}-relay`), {
          requestTimeout: 5_000,
          retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
        }),
      );
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  private async resetProducer() {
    const producer = this.producer;
    this.producer = undefined;
    await (await producer?.catch(() => undefined))?.disconnect().catch(() => undefined);
  }

  private parkedKeys(): string[] {
    const now = Date.now();
    for (const [key, until] of this.parked) if (until <= now) this.parked.delete(key);
    return [...this.parked.keys()];
  }

  /**
   * Publishes one batch; returns how many rows it took. A row the broker refuses (its topic
   * missing, the message too large) is parked with its key, backing off, and does not hold up the
   * other keys' rows; the rows of its key after it wait behind it. Only when Kafka cannot be
   * reached does the whole batch fail (and the relay back off).
   */
  async publishBatch(): Promise<number> {
    const producer = await this.getProducer();
    const batch = await this.claim([]);
    await this.publish(producer, batch);
    return batch.rows.length;
  }

  /**
   * Publishes batch after batch while they come full, claiming the next batch while the current
   * one is sent (the database's work overlaps the producer's). The next claim counts the current
   * batch's rows as taken, so it may hold later rows of the same keys: it is sent only once the
   * current batch is committed with every row sent, and is given back otherwise. Returns the size
   * of the last batch.
   */
  private async publishInTurn(): Promise<number> {
    const producer = await this.getProducer();
    let current = await this.claim([]);
    for (;;) {
      const next =
        current.rows.length === this.options.relay.batchSize && this.running
          ? this.claim(current.rows.map((row) => row.position))
          : undefined;
      // Awaited below; meanwhile a failed claim is not an unhandled rejection.
      next?.catch(() => undefined);
      let complete = false;
      try {
        complete = await this.publish(producer, current);
      } finally {
        if (next && !complete) await this.giveBack(next);
      }
      if (!next || !complete) return current.rows.length;
      current = await next;
    }
  }

  /** Opens a transaction and claims a batch in it; `inFlight` are this relay's rows being sent. */
  private async claim(inFlight: string[]): Promise<ClaimedBatch> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.query(BEGIN_CLAIM);
      const claimed = (await runner.query(CLAIM_BATCH, [
        this.options.relay.batchSize,
        this.parkedKeys(),
        inFlight,
      ])) as Array<Pick<OutboxRow, 'position' | 'message_key' | 'attempts' | 'last_error'>>;
      const events =
        claimed.length === 0
          ? []
          : ((await runner.query(READ_ENVELOPES, [claimed.map((row) => row.position)])) as OutboxRow[]);
      const eventAt = new Map(events.map((event) => [event.position, event]));
      const rows = claimed.map((row) => ({ ...eventAt.get(row.position)!, ...row }));
      return { runner, rows };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  /** Rolls a claimed batch back unsent: its rows are pending again, as they were. */
  private async giveBack(batch: Promise<ClaimedBatch>) {
    const claimed = await batch.catch(() => undefined);
    if (!claimed) return;
    await claimed.runner.query('ROLLBACK').catch(() => undefined);
    await claimed.runner.release();
  }

  /**
   * Sends a claimed batch and commits its transaction: the rows it could not send are written back
   * and their keys parked. True when every row was sent. When Kafka cannot be reached, nothing is
   * committed, the failure is recorded on the rows and the error thrown.
   */
  private async publish(producer: Producer, { runner, rows }: ClaimedBatch): Promise<boolean> {
    try {
      const { sent, failed } = await this.sendAll(producer, rows);
      if (sent.length < rows.length) {
        const isSent = new Set(sent);
        const unsent = rows
          .filter((row) => !isSent.has(row))
          .map(({ position, message_key, attempts, last_error }) => ({
            position,
            message_key,
            attempts,
            last_error,
          }));
        await runner.query(RETURN_UNSENT, [JSON.stringify(unsent)]);
      }
      for (const { rows: refused, error } of failed) {
        await this.recordFailure(refused, error, runner.manager);
        for (const row of refused) {
          if (this.parked.has(row.message_key)) continue;
          const backoff = Math.min(this.options.relay.maxBackoffMs, 500 * 2 ** Math.min(row.attempts, 16));
          this.parked.set(row.message_key, Date.now() + backoff);
          this.logger.warn(
            `outbox row ${row.position} (${row.event_type} to ${row.topic}, key ${row.message_key}) not sent, ` +
              `its key parked for ${backoff} ms: ${error.message}`,
          );
        }
      }
      await runner.query('COMMIT');
      for (const [type, count] of countBy(sent, (row) => row.event_type))
        MessagingMetrics.published.inc({ type }, count);
      return sent.length === rows.length;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      // Recorded after the rollback released the rows' locks.
      if (rows.length > 0) await this.recordFailure(rows, error as Error).catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Sends the rows in one request; if the broker refuses some, sends each topic's rows apart, and
   * halves a topic's rows until the refused messages are found. Rows of a key with a refused row
   * before them are neither sent nor failed: they wait for it.
   */
  private async sendAll(
    producer: Producer,
    rows: OutboxRow[],
  ): Promise<{ sent: OutboxRow[]; failed: Array<{ rows: OutboxRow[]; error: Error }> }> {
    const sent: OutboxRow[] = [];
    const failed: Array<{ rows: OutboxRow[]; error: Error }> = [];
    const blocked = new Set<string>();
    const attempt = async (batch: OutboxRow[], split: (error: Error) => Promise<void>) => {
      const open = batch.filter((row) => !blocked.has(row.message_key));
      if (open.length === 0) return;
      try {
        await this.send(producer, open);
        sent.push(...open);
      } catch (error) {
        if (!refusedByBroker(error)) throw error;
        await split(error as Error);
      }
    };
    const fail = (batch: OutboxRow[], error: Error) => {
      failed.push({ rows: batch, error });
      for (const row of batch) blocked.add(row.message_key);
    };
    const halve = async (batch: OutboxRow[]): Promise<void> =>
      attempt(batch, async (error) => {
        if (batch.length === 1) return fail(batch, error);
        const middle = Math.ceil(batch.length / 2);
        await halve(batch.slice(0, middle));
        await halve(batch.slice(middle));
      });
    await attempt(rows, async () => {
      for (const topicRows of Map.groupBy(rows, (row) => row.topic).values())
        await attempt(topicRows, async (error) => {
          if (errorTypes(error).some((type) => TOPIC_ERRORS.has(type))) return fail(topicRows, error);
          await halve(topicRows);
        });
    });
    return { sent, failed };
  }

  /** One produce request (per broker) for the rows, each in a producer span of its event's trace. */
  private async send(producer: Producer, rows: OutboxRow[]) {
    const traced = rows.map((row) =>
      startPublishSpan(row.topic, row.headers, {
        'messaging.message.id': row.headers[EventHeaders.id] ?? '',
        'sinergi.event.type': row.event_type,
        'sinergi.service': this.options.serviceName,
      }),
    );
    const spans = traced.map((t) => t.span);
    try {
      await withTimeout(
        producer.sendBatch({
          acks: -1,
          topicMessages: [...Map.groupBy(rows.keys(), (i) => rows[i].topic)].map(([topic, indexes]) => ({
            topic: physicalTopic(this.options, topic),
            messages: indexes.map((i) => ({
              key: rows[i].message_key,
              value: rows[i].value,
              headers: traced[i].headers,
            })),
          })),
        }),
        SEND_DEADLINE_MS,
        'Kafka',
      );
    } catch (error) {
      endSpans(spans, error);
      throw error;
    }
    endSpans(spans);
  }

  private async recordFailure(rows: OutboxRow[], error: Error, manager = this.dataSource.manager) {
    await manager.query(
      `UPDATE outbox_pending SET attempts = attempts + 1, last_error = $2 WHERE position = ANY($1)`,
      [rows.map((r) => r.position), error.message.slice(0, 1000)],
    );
  }

  /** Refreshes the backlog gauges from the pending table. */
  async refreshBacklogMetrics() {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS backlog,
              COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - (
                SELECT created_at FROM outbox WHERE position = (SELECT min(position) FROM outbox_pending)
              )), 0)::float AS oldest
         FROM outbox_pending`,
    );
    MessagingMetrics.outboxBacklog.set(row.backlog);
    MessagingMetrics.outboxOldestAge.set(row.oldest);
  }
}
