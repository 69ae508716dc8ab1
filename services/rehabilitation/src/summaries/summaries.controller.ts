import { Controller, Get, Query } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import { IsOptional, IsUUID } from 'class-validator';
import { ProgramSummaries } from './program-summaries.service';

export class ProgramSummaryQuery {
  @IsOptional() @IsUUID() agreementId?: string;
}

/**
 * For the gateway's aggregates only (INTERNAL_ROUTES): every agreement for the dashboard, one
 * (`?agreementId=`) for an agreement's overview; never forwarded to the public API.
 */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly programs: ProgramSummaries) {}

  @Get('agreements')
  async agreements(@Query() query: ProgramSummaryQuery) {
    return { items: await this.programs.byAgreement(currentCaller(), query.agreementId) };
  }
}
