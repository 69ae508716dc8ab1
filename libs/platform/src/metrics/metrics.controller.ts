import { ApiExcludeController } from '@nestjs/swagger';
import { Controller, Get, Header } from '@nestjs/common';
import { PublicRoute } from '../auth/public-route.decorator';
import { metricsRegistry } from './metrics';

@PublicRoute()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
