import { Controller, Get, Query } from '@nestjs/common';
import { IsFiscalYear } from '@sinergi/contracts';
import { currentCaller, seesEveryAgency } from '@sinergi/platform';
import { Type } from 'class-transformer';
import { ReintegrationSummaries } from './reintegration-summaries.service';

export class SummaryQuery {
  /** The release year of the cohorts. */
  @Type(() => Number) @IsFiscalYear() cohortYear: number;
}

/** For the gateway's dashboard only (INTERNAL_ROUTES): never forwarded to the public API. */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly summaries: ReintegrationSummaries) {}

  @Get('agreements')
  agreements(@Query() query: SummaryQuery) {
    const caller = currentCaller();
    return this.summaries.byAgreement(query.cohortYear, seesEveryAgency(caller) ? null : caller.agencyCode);
  }
}
