import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { InternalAuthGuard } from './auth/internal-auth.guard';
import { HealthController } from './health/health.controller';
import { ReadinessService } from './health/readiness';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';
import { DataPruner } from './lifecycle/data-pruner';
import { PLATFORM_OPTIONS, SERVICE_ENV, type PlatformOptions } from './platform-options';
import { Clock } from './time/clock';

/** Readiness, problem+json errors, validation and internal auth for every service (metrics: management port). */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions, env: object): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers: [
        { provide: PLATFORM_OPTIONS, useValue: options },
        { provide: SERVICE_ENV, useValue: env },
        ReadinessService,
        DataPruner,
        Clock,
        ...(options.requireInternalToken ? [{ provide: APP_GUARD, useClass: InternalAuthGuard }] : []),
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [PLATFORM_OPTIONS, SERVICE_ENV, ReadinessService, DataPruner, Clock],
    };
  }
}
