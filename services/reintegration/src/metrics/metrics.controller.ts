import { ApiOkResponse } from '@nestjs/swagger';
import { AgreementSummaryResponse, EmploymentResponse, RecidivismResponse } from './dto/metrics.response';
import { Controller, Get, Query } from '@nestjs/common';
import { AgreementSummaryQuery, EmploymentQuery, RecidivismQuery } from './dto/metrics.query';
import { MetricsService } from './metrics.service';

/** Aggregates only (no personal data): every caller the gateway lets through, viewers included. */
@Controller('reintegration/metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @ApiOkResponse({ type: RecidivismResponse })
  @Get('recidivism')
  recidivism(@Query() query: RecidivismQuery) {
    return this.metrics.recidivism(query);
  }

  @ApiOkResponse({ type: AgreementSummaryResponse })
  @Get('agreement-summary')
  agreementSummary(@Query() query: AgreementSummaryQuery) {
    return this.metrics.agreementSummary(query);
  }

  @ApiOkResponse({ type: EmploymentResponse })
  @Get('employment')
  employment(@Query() query: EmploymentQuery) {
    return this.metrics.employment(query);
  }
}
