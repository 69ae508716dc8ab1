import { ApiExcludeController } from '@nestjs/swagger';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PublicRoute } from '../auth/public-route.decorator';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform-options';
import { ReadinessService } from './readiness';

@PublicRoute()
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly readiness: ReadinessService,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
  ) {}

  @Get('live')
  live() {
    return {
      status: 'up',
      service: this.options.serviceName,
      version: this.options.version,
      node: process.versions.node,
    };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const { ready, dependencies, consumers } = await this.readiness.check();
    reply.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ready' : 'not-ready',
      service: this.options.serviceName,
      version: this.options.version,
      /** What makes the service not ready: required dependencies down and consumers stopped. */
      failed: [
        ...dependencies.filter((d) => d.state === 'down').map((d) => d.name),
        ...consumers.filter((c) => !c.ready).map((c) => `consumer:${c.name}`),
      ],
      /** Optional dependencies that do not answer while the service still serves. */
      degraded: dependencies.filter((d) => d.state === 'degraded').map((d) => d.name),
      dependencies,
      consumers,
    };
  }
}
