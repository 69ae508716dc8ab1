import { Controller, Get, Query } from '@nestjs/common';
import { IsFiscalYear } from '@sinergi/contracts';
import { currentCaller } from '@sinergi/platform';
import { Type } from 'class-transformer';
import { BudgetSummaries } from './budget-summaries.service';

export class SummaryQuery {
  @Type(() => Number) @IsFiscalYear() fiscalYear: number;
}

/** For the gateway's dashboard only (INTERNAL_ROUTES): never forwarded to the public API. */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly budgets: BudgetSummaries) {}

  @Get('agreements')
  async agreements(@Query() query: SummaryQuery) {
    return {
      fiscalYear: query.fiscalYear,
      items: await this.budgets.byAgreement(currentCaller(), query.fiscalYear),
    };
  }
}
