import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PublicRoute } from '../auth/public-route.decorator';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform-options';
import { ReadinessService } from './readiness';

@PublicRoute()
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
    const { ready, dependencies } = await this.readiness.check();
    const failed = dependencies.filter((d) => !d.up).map((d) => d.name);
    reply.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ready' : 'not-ready',
      service: this.options.serviceName,
      version: this.options.version,
      failed,
      dependencies,
    };
  }
}
