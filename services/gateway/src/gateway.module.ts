import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SERVICE_ENV } from '@sinergi/platform';
import { AggregatesController } from './aggregates/aggregates.controller';
import { AggregatesService } from './aggregates/aggregates.service';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AuthController } from './auth/auth.controller';
import { ClientsService } from './auth/clients.service';
import { GATEWAY_ENV } from './config/gateway-env';
import { ConsoleModule } from './console/console.module';
import { IdempotencyService } from './idempotency/idempotency.service';
import { DocsController } from './openapi/docs.controller';
import { RateLimiter } from './rate-limit/rate-limiter';
import { ProxyController } from './routing/proxy.controller';
import { ServiceClient } from './routing/service-client';

@Module({
  imports: [ConsoleModule],
  // The catch-all proxy is registered last so the gateway's own routes match first.
  controllers: [AuthController, AggregatesController, DocsController, ProxyController],
  providers: [
    { provide: GATEWAY_ENV, useExisting: SERVICE_ENV },
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    ClientsService,
    RateLimiter,
    IdempotencyService,
    ServiceClient,
    AggregatesService,
  ],
})
export class GatewayModule {}
