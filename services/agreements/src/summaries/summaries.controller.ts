import { Controller, Get, Query } from '@nestjs/common';
import { IsFiscalYear } from '@sinergi/contracts';
import { currentCaller } from '@sinergi/platform';
import { Type } from 'class-transformer';
import { WorkPlanSummaries } from './work-plan-summaries.service';

export class SummaryQuery {
  @Type(() => Number) @IsFiscalYear() fiscalYear: number;
}

/** For the gateway's dashboard only (INTERNAL_ROUTES): never forwarded to the public API. */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly workPlans: WorkPlanSummaries) {}

  @Get('agreements')
  async agreements(@Query() query: SummaryQuery) {
    return {
      fiscalYear: query.fiscalYear,
      items: await this.workPlans.byAgreement(currentCaller(), query.fiscalYear),
    };
  }
}
