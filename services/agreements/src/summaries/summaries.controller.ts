import { Controller, Get, Query } from '@nestjs/common';
import { FiscalYearQuery } from '@sinergi/contracts';
import { currentCaller } from '@sinergi/platform';
import { WorkPlanSummaries } from './work-plan-summaries.service';

/** For the gateway's dashboard only (INTERNAL_ROUTES): never forwarded to the public API. */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly workPlans: WorkPlanSummaries) {}

  @Get('agreements')
  async agreements(@Query() query: FiscalYearQuery) {
    return {
      fiscalYear: query.fiscalYear,
      items: await this.workPlans.byAgreement(currentCaller(), query.fiscalYear),
    };
  }
}
