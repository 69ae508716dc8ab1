import { ApiExcludeController } from '@nestjs/swagger';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PublicRoute } from '../auth/public-route.decorator';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform-options';
import { ReadinessService, type Readiness } from './readiness';

/** What makes the service not ready: required dependencies down and consumers stopped (names only). */
export function failedParts({ dependencies, consumers }: Readiness): string[] {
  return [
    ...dependencies.filter((d) => d.state === 'down').map((d) => d.name),
    ...consumers.filter((c) => !c.ready).map((c) => `consumer:${c.name}`),
  ];
}

/** Optional dependencies that do not answer while the service still serves (names only). */
export const degradedParts = ({ dependencies }: Readiness): string[] =>
  dependencies.filter((d) => d.state === 'degraded').map((d) => d.name);

/**
 * Readiness on the service's own (public) port. The full answer, with each dependency's error and
 * each consumer's reason, and /health/live and /metrics are on the management port only
 * (management-server.ts). Here the answer never carries an address or an error text: the
 * public gateway says only `ready` or `not-ready`; a service (reached by the gateway only) adds
 * its name, version and the names of what failed, for the gateway's status page.
 */
@PublicRoute()
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly readiness: ReadinessService,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
  ) {}

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const readiness = await this.readiness.check();
    reply.status(readiness.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const status = readiness.ready ? 'ready' : 'not-ready';
    if (!this.options.requireInternalToken) return { status };
    return {
      status,
      service: this.options.serviceName,
      version: this.options.version,
      failed: failedParts(readiness),
      degraded: degradedParts(readiness),
    };
  }
}
