import { Controller, Get, Query } from '@nestjs/common';
import { FiscalYearQuery } from '@sinergi/contracts';
import { currentCaller } from '@sinergi/platform';
import { BudgetSummaries } from './budget-summaries.service';

/** For the gateway's dashboard only (INTERNAL_ROUTES): never forwarded to the public API. */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly budgets: BudgetSummaries) {}

  @Get('agreements')
  async agreements(@Query() query: FiscalYearQuery) {
    return {
      fiscalYear: query.fiscalYear,
      items: await this.budgets.byAgreement(currentCaller(), query.fiscalYear),
    };
  }
}
