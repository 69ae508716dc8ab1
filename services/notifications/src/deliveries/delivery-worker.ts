import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_ENV } from '@sinergi/platform';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { Agent, request } from 'undici';
import type { NotificationsEnv } from '../config/notifications-env';
import { webhookHeaders } from '../signing/standard-webhooks';
import { SecretVault } from '../subscriptions/secret-vault';
import { isIP } from 'node:net';
import { guardedLookup, isPublicAddress } from '../url-policy/url-policy';
import { retryDelayMs } from './backoff';

interface ClaimedDelivery {
  id: string;
  subscription_id: string;
  message_id: string;
  body: string;
  attempts: number;
  url: string;
  secret_sealed: string;
  deleted: boolean;
}

interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const attemptsTotal = new Counter({
  name: 'sinergi_webhook_attempts_total',
  help: 'Webhook delivery attempts by outcome (delivered, retrying, failed)',
  labelNames: ['outcome'],
});

/**
 * Sends due deliveries. Each tick claims up to WEBHOOK_BATCH_SIZE pending deliveries whose time has
 * come with `FOR UPDATE SKIP LOCKED` (replicas never claim the same one) and moves their next
 * attempt past the request timeout while they are in flight, sends them outside any transaction,
 * then records each outcome: a 2xx answer delivers; anything else (an error status, a redirect, a
 * timeout, a refused address) schedules a retry with exponential back-off, or marks the delivery
 * FAILED when the next attempt would fall after its deadline (24 h after it was queued).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly agent: Agent;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: SecretVault,
    @Inject(SERVICE_ENV) private readonly env: NotificationsEnv,
  ) {
    this.agent = new Agent({
      connect: { lookup: guardedLookup(env.WEBHOOK_ALLOW_PRIVATE_URLS), timeout: env.WEBHOOK_TIMEOUT_MS },
      keepAliveTimeout: 10_000,
      connections: 16,
    });
  }

  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.tick(), this.env.WEBHOOK_POLL_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.agent.close();
  }

  /** One pass: sends what is due, batch after batch, until nothing is (or the service stops). */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        while (!this.stopped && (await this.sendBatch()) === this.env.WEBHOOK_BATCH_SIZE);
      } catch (error) {
        this.logger.error({ err: error }, 'webhook delivery pass failed');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async sendBatch(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(
      claimed.map(async (delivery) => {
        const result = delivery.deleted
          ? { ok: false, statusCode: null, error: 'the webhook was deleted', durationMs: 0 }
          : await this.attempt(delivery);
        await this.record(delivery, result, delivery.deleted);
      }),
    );
    return claimed.length;
  }

  private claim(): Promise<ClaimedDelivery[]> {
    const leaseMs = this.env.WEBHOOK_TIMEOUT_MS * 2 + 5_000;
    return this.dataSource.transaction(async (db) => {
      // An UPDATE answers [rows, count].
      const [rows]: [ClaimedDelivery[], number] = await db.query(
        `WITH due AS (
           SELECT id FROM deliveries
           WHERE status = 'PENDING' AND next_attempt_at <= now()
           ORDER BY next_attempt_at, id
           LIMIT $1
           FOR UPDATE SKIP LOCKED
         )
         UPDATE deliveries d
         SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
         FROM due, subscriptions s
         WHERE d.id = due.id AND s.id = d.subscription_id
         RETURNING d.id, d.subscription_id, d.message_id, d.body, d.attempts, s.url, s.secret_sealed,
                   s.deleted_at IS NOT NULL AS deleted`,
        [this.env.WEBHOOK_BATCH_SIZE, leaseMs],
      );
      return rows;
    });
  }

  private async attempt(delivery: ClaimedDelivery): Promise<AttemptResult> {
    const started = Date.now();
    try {
      // A literal address is connected to without a lookup: check it here.
      const host = new URL(delivery.url).hostname.replace(/^\[(.*)\]$/, '$1');
      if (isIP(host) && !isPublicAddress(host) && !this.env.WEBHOOK_ALLOW_PRIVATE_URLS)
        return { ok: false, statusCode: null, error: `${host} is not a public address`, durationMs: 0 };
      const secret = this.vault.open(delivery.secret_sealed, delivery.subscription_id);
      const response = await request(delivery.url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: webhookHeaders(secret, delivery.message_id, delivery.body, new Date()),
        body: delivery.body,
        headersTimeout: this.env.WEBHOOK_TIMEOUT_MS,
        bodyTimeout: this.env.WEBHOOK_TIMEOUT_MS,
        signal: AbortSignal.timeout(this.env.WEBHOOK_TIMEOUT_MS),
      });
      await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      return {
        ok,
        statusCode: response.statusCode,
        error: ok ? null : `the receiver answered ${response.statusCode}`,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const cause = (error as { cause?: Error }).cause;
      const message = cause?.message ?? (error as Error).message;
      return { ok: false, statusCode: null, error: message.slice(0, 500), durationMs: Date.now() - started };
    }
  }

  private async record(delivery: ClaimedDelivery, result: AttemptResult, final: boolean): Promise<void> {
    const attempt = delivery.attempts + 1;
    const delayMs = retryDelayMs(
      attempt,
      this.env.WEBHOOK_RETRY_BASE_MS,
      this.env.WEBHOOK_RETRY_MAX_DELAY_MS,
    );
    await this.dataSource.transaction(async (db) => {
      await db.query(
        `INSERT INTO delivery_attempts (delivery_id, attempt, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5)`,
        [delivery.id, attempt, result.statusCode, result.error, result.durationMs],
      );
      const [[row]]: [[{ status: string }]] = await db.query(
        `UPDATE deliveries SET
           attempts = $2,
           last_attempt_at = now(),
           last_status_code = $3,
           last_error = $4,
           status = CASE
             WHEN $5 THEN 'SUCCEEDED'
             WHEN $6 OR now() + make_interval(secs => $7::double precision / 1000) > give_up_at THEN 'FAILED'
             ELSE 'PENDING' END,
           next_attempt_at = now() + make_interval(secs => $7::double precision / 1000),
           delivered_at = CASE WHEN $5 THEN now() END,
           finished_at = CASE
             WHEN $5 OR $6 OR now() + make_interval(secs => $7::double precision / 1000) > give_up_at THEN now()
           END,
           updated_at = now()
         WHERE id = $1
         RETURNING status`,
        [delivery.id, attempt, result.statusCode, result.error, result.ok, final, delayMs],
      );
      attemptsTotal.inc({
        outcome: row.status === 'SUCCEEDED' ? 'delivered' : row.status === 'FAILED' ? 'failed' : 'retrying',
      });
    });
  }
}
