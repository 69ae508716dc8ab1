import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { SERVICE_ENV } from '@sinergi/platform';
import { AggregatesController } from './aggregates/aggregates.controller';
import { AggregatesService } from './aggregates/aggregates.service';
import { AuditController } from './audit/audit.controller';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditTrail } from './audit/audit-trail';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AuthController } from './auth/auth.controller';
import { ClientRevocations } from './auth/client-revocations';
import { ClientsService } from './auth/clients.service';
import { GATEWAY_ENV } from './config/gateway-env';
import { ConsoleModule } from './console/console.module';
import { IdempotencyService } from './idempotency/idempotency.service';
import { GatewayRetention } from './lifecycle/gateway-retention';
import { MeController } from './me/me.controller';
import { MeService } from './me/me.service';
import { DocsController } from './openapi/docs.controller';
import { RateLimiter } from './rate-limit/rate-limiter';
import { SignInThrottle } from './rate-limit/sign-in-throttle';
import { CsvListsOnlyInterceptor } from './routing/csv-lists-only.interceptor';
import { ProxyController } from './routing/proxy.controller';
import { ServiceClient } from './routing/service-client';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';
import { AccountCodeDelivery } from './users/account-code-delivery';
import { AgencyDirectory } from './users/agency-directory';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({
  imports: [ConsoleModule],
  // The catch-all proxy is registered last so the gateway's own routes match first.
  controllers: [
    AuthController,
    SessionsController,
    MeController,
    UsersController,
    AggregatesController,
    AuditController,
    DocsController,
    ProxyController,
  ],
  providers: [
    { provide: GATEWAY_ENV, useExisting: SERVICE_ENV },
    // The guard is also a provider of its own: direct-forward.ts and read-shortcut.ts admit reads with it.
    AccessTokenGuard,
    { provide: APP_GUARD, useExisting: AccessTokenGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    { provide: APP_INTERCEPTOR, useClass: CsvListsOnlyInterceptor },
    AuditTrail,
    ClientsService,
    ClientRevocations,
    RateLimiter,
    SignInThrottle,
    SessionsService,
    UsersService,
    MeService,
    AgencyDirectory,
    AccountCodeDelivery,
    IdempotencyService,
    GatewayRetention,
    ServiceClient,
    AggregatesService,
  ],
})
export class GatewayModule {}
