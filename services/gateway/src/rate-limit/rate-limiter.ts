import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';

export class RateLimitedException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limit exceeded; retry after ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** A per-client fixed one-minute window, counted in PostgreSQL so every gateway replica shares it. */
@Injectable()
export class RateLimiter {
  private lastCleanup = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  async consume(clientId: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_windows (client_id, window_start, requests)
       VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (client_id, window_start) DO UPDATE SET requests = rate_limit_windows.requests + 1
       RETURNING requests, 60 - EXTRACT(SECOND FROM now())::int AS seconds_left`,
      [clientId],
    );
    if (Date.now() - this.lastCleanup > 60_000) {
      this.lastCleanup = Date.now();
      await this.dataSource.query(
        `DELETE FROM rate_limit_windows WHERE window_start < now() - interval '5 minutes'`,
      );
    }
    if (row.requests > this.env.RATE_LIMIT_PER_MINUTE)
      throw new RateLimitedException(Math.max(1, row.seconds_left));
  }
}
