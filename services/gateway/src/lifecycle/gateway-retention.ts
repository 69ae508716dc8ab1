import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataPruner } from '@sinergi/platform';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';

/**
 * Rate-limit windows go after RATE_LIMIT_RETENTION_MINUTES. (Stored Idempotency-Key answers expire
 * after 24 hours and are purged by IdempotencyService, which also refuses to replay older ones.)
 */
@Injectable()
export class GatewayRetention implements OnModuleInit {
  constructor(
    private readonly pruner: DataPruner,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  onModuleInit() {
    this.pruner.register({
      table: 'rate_limit_windows',
      column: 'window_start',
      retentionSeconds: this.env.RATE_LIMIT_RETENTION_MINUTES * 60,
    });
  }
}
