import { Controller, Get, Query } from '@nestjs/common';
import { AgreementSummaryQuery, EmploymentQuery, RecidivismQuery } from './dto/metrics.query';
import { MetricsService } from './metrics.service';

/** Aggregates only (no personal data): every caller the gateway lets through, viewers included. */
@Controller('reintegration/metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('recidivism')
  recidivism(@Query() query: RecidivismQuery) {
    return this.metrics.recidivism(query);
  }

  @Get('agreement-summary')
  agreementSummary(@Query() query: AgreementSummaryQuery) {
    return this.metrics.agreementSummary(query.agreementId);
  }

  @Get('employment')
  employment(@Query() query: EmploymentQuery) {
    return this.metrics.employment(query);
  }
}
