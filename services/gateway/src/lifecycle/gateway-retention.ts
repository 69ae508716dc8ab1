import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataPruner } from '@sinergi/platform';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';

/**
 * The gateway's tables that grow with traffic: stored Idempotency-Key answers after
 * IDEMPOTENCY_RETENTION_HOURS, rate-limit windows after RATE_LIMIT_RETENTION_MINUTES.
 */
@Injectable()
export class GatewayRetention implements OnModuleInit {
  constructor(
    private readonly pruner: DataPruner,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  onModuleInit() {
    this.pruner.register({
      table: 'idempotency_keys',
      column: 'created_at',
      retentionSeconds: this.env.IDEMPOTENCY_RETENTION_HOURS * 3_600,
    });
    this.pruner.register({
      table: 'rate_limit_windows',
      column: 'window_start',
      retentionSeconds: this.env.RATE_LIMIT_RETENTION_MINUTES * 60,
    });
  }
}
