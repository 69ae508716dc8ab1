import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { EventHeaders } from '@sinergi/contracts';
import { withTimeout } from '@sinergi/platform';
import { DataSource } from 'typeorm';
import { createKafka, createProducer, physicalTopic, serviceConnection } from '../kafka-client';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { MessagingMetrics } from '../metrics';
import { endSpans, startPublishSpan } from '../tracing';

/** A send that outlives this is abandoned and retried; the consumers' inboxes absorb a late duplicate. */
const SEND_DEADLINE_MS = 15_000;

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  event_type: string;
  envelope: unknown;
  headers: Record<string, string>;
}

/*
 * Takes a batch of unpublished rows that no other relay holds, leaving out any row whose aggregate
 * has an earlier unpublished row outside the batch (held by another replica): so each aggregate's
 * events reach Kafka in order, whatever the number of replicas.
 */
const CLAIM_BATCH = `
  WITH batch AS MATERIALIZED (
    SELECT position, topic, message_key, event_type, envelope, headers
      FROM outbox
     WHERE published_at IS NULL
     ORDER BY position
     LIMIT $1
       FOR UPDATE SKIP LOCKED
  )
  SELECT b.* FROM batch b
   WHERE NOT EXISTS (
     SELECT 1 FROM outbox earlier
      WHERE earlier.message_key = b.message_key
        AND earlier.published_at IS NULL
        AND earlier.position < b.position
        AND earlier.position NOT IN (SELECT position FROM batch))
   ORDER BY b.position`;

/** Publishes outbox rows to Kafka: batched, ordered per aggregate, safe with any number of replicas. */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private producer?: Producer;
  private listener?: Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private pending = false;
  private metricsTimer?: NodeJS.Timeout;

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
    await this.producer?.disconnect().catch(() => undefined);
  }

  private async run() {
    let backoff = 0;
    await this.listen();
    while (this.running) {
      try {
        const published = await this.publishBatch();
        backoff = 0;
        if (published === this.options.relay.batchSize) continue;
        await this.idle(this.options.relay.pollIntervalMs);
      } catch (error) {
        backoff = Math.min(this.options.relay.maxBackoffMs, backoff === 0 ? 200 : backoff * 2);
        this.logger.warn(`publishing failed, retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.resetProducer();
        await this.idle(backoff);
      }
    }
  }

  /** Sleeps until NOTIFY says a row was written, or the timeout passes. */
  private idle(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
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

  private async getProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = createProducer(
        createKafka(serviceConnection(this.options, `${this.options.serviceName}-relay`), {
          requestTimeout: 5_000,
          retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
        }),
      );
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async resetProducer() {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  /** Publishes one batch; returns how many rows it published. */
  async publishBatch(): Promise<number> {
    const producer = await this.getProducer();
    let claimed: OutboxRow[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        claimed = await manager.query(CLAIM_BATCH, [this.options.relay.batchSize]);
        if (claimed.length === 0) return 0;
        const traced = claimed.map((row) =>
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
              topicMessages: this.toTopicMessages(
                claimed.map((row, i) => ({ ...row, headers: traced[i].headers })),
              ),
            }),
            SEND_DEADLINE_MS,
            'Kafka',
          );
        } catch (error) {
          endSpans(spans, error);
          throw error;
        }
        endSpans(spans);
        await manager.query(
          `UPDATE outbox SET published_at = clock_timestamp(), attempts = attempts + 1 WHERE position = ANY($1)`,
          [claimed.map((r) => r.position)],
        );
        for (const row of claimed) MessagingMetrics.published.inc({ type: row.event_type });
        return claimed.length;
      });
    } catch (error) {
      // Recorded after the rollback released the rows' locks.
      if (claimed.length > 0) await this.recordFailure(claimed, error as Error);
      throw error;
    }
  }

  private toTopicMessages(rows: OutboxRow[]) {
    const byTopic = new Map<string, OutboxRow[]>();
    for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
    return [...byTopic].map(([topic, topicRows]) => ({
      topic: physicalTopic(this.options, topic),
      messages: topicRows.map((row) => ({
        key: row.message_key,
        value: JSON.stringify(row.envelope),
        headers: row.headers,
      })),
    }));
  }

  private async recordFailure(rows: OutboxRow[], error: Error) {
    await this.dataSource
      .query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE position = ANY($1)`, [
        rows.map((r) => r.position),
        error.message.slice(0, 1000),
      ])
      .catch(() => undefined);
  }

  /** Refreshes the backlog gauges from the outbox table. */
  async refreshBacklogMetrics() {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS backlog,
              COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(created_at)), 0)::float AS oldest
         FROM outbox WHERE published_at IS NULL`,
    );
    MessagingMetrics.outboxBacklog.set(row.backlog);
    MessagingMetrics.outboxOldestAge.set(row.oldest);
  }
}
