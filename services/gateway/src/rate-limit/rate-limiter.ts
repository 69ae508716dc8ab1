import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';

export class RateLimitedException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    reason = 'rate limit exceeded',
  ) {
    super(`${reason}; retry after ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** Runs `work`; a RateLimitedException it throws also sets the reply's Retry-After header. */
export async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RateLimitedException)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

/** Share of the per-minute limit that one replica reserves per database round trip. */
const LEASE_SHARE = 0.02;
const CLEANUP_INTERVAL_MS = 60_000;

interface Lease {
  /** Local time at which the database's current one-minute window ends. */
  windowEndsAt: number;
  /** Requests this replica has reserved in the window and not used yet. */
  remaining: number;
  /** Nothing more can be reserved in this window. */
  exhausted: boolean;
  claiming?: Promise<void>;
}

/**
 * A per-client fixed one-minute window shared by every gateway replica through PostgreSQL,
 * without a database round trip per request: a replica reserves a small lease of the window's
 * requests at a time (2 % of the limit) and admits locally until it is used up. Reservations never
 * exceed the limit, so the replicas together admit at most the limit and at least the limit minus
 * one unused lease per replica.
 */
@Injectable()
export class RateLimiter {
  private readonly leases = new Map<string, Lease>();
  private readonly leaseSize: number;
  private lastCleanup = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {
    this.leaseSize = Math.max(1, Math.floor(env.RATE_LIMIT_PER_MINUTE * LEASE_SHARE));
  }

  async consume(clientId: string): Promise<void> {
    for (;;) {
      const lease = this.currentLease(clientId);
      if (lease.remaining > 0) {
        lease.remaining -= 1;
        return;
      }
      if (lease.exhausted) {
        throw new RateLimitedException(Math.max(1, Math.ceil((lease.windowEndsAt - Date.now()) / 1000)));
      }
      lease.claiming ??= this.claim(clientId, lease).finally(() => (lease.claiming = undefined));
      await lease.claiming;
    }
  }

  private currentLease(clientId: string): Lease {
    const lease = this.leases.get(clientId);
    if (lease && (Date.now() < lease.windowEndsAt || lease.claiming)) return lease;
    const fresh: Lease = { windowEndsAt: 0, remaining: 0, exhausted: false };
    this.leases.set(clientId, fresh);
    return fresh;
  }

  /** Reserves up to one lease in the database's current window; the counter may pass the limit, grants never do. */
  private async claim(clientId: string, lease: Lease): Promise<void> {
    const limit = this.env.RATE_LIMIT_PER_MINUTE;
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_windows (client_id, window_start, requests)
       VALUES ($1, date_trunc('minute', now()), $2)
       ON CONFLICT (client_id, window_start) DO UPDATE SET requests = rate_limit_windows.requests + $2
       RETURNING requests,
                 EXTRACT(EPOCH FROM date_trunc('minute', now()) + interval '1 minute' - now()) * 1000
                   AS ms_left`,
      [clientId, this.leaseSize],
    );
    const reservedBefore = Number(row.requests) - this.leaseSize;
    const granted = Math.max(0, Math.min(this.leaseSize, limit - reservedBefore));
    const windowEndsAt = Date.now() + Number(row.ms_left);
    if (windowEndsAt > lease.windowEndsAt + 1_000) {
      // The database moved to a new window: what was left of the old lease is gone.
      lease.remaining = 0;
      lease.exhausted = false;
    }
    lease.windowEndsAt = windowEndsAt;
    lease.remaining += granted;
    if (granted < this.leaseSize) lease.exhausted = true;
    this.cleanUp();
  }

  private cleanUp(): void {
    if (Date.now() - this.lastCleanup < CLEANUP_INTERVAL_MS) return;
    this.lastCleanup = Date.now();
    // Expired windows in the table are deleted by the data lifecycle (GatewayRetention).
    for (const [clientId, lease] of this.leases) {
      if (Date.now() >= lease.windowEndsAt && !lease.claiming) this.leases.delete(clientId);
    }
  }
}
