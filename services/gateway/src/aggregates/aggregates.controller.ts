import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { currentCaller, Roles } from '@sinergi/platform';
import { AllowRoles } from '../auth/roles.decorator';
import { AggregatesService } from './aggregates.service';

export class FiscalYearQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
}

const EVERY_ROLE = Object.values(Roles);

@Controller('api/v1')
export class AggregatesController {
  constructor(private readonly aggregates: AggregatesService) {}

  @AllowRoles(...EVERY_ROLE)
  @Get('agreements/:id/overview')
  overview(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: FiscalYearQuery) {
    return this.aggregates.overview(id, currentCaller(), query.fiscalYear);
  }

  @AllowRoles(...EVERY_ROLE)
  @Get('dashboard')
  dashboard(@Query() query: FiscalYearQuery) {
    return this.aggregates.dashboard(currentCaller(), query.fiscalYear);
  }

  @AllowRoles(...EVERY_ROLE)
  @Get('status')
  status() {
    return this.aggregates.status();
  }
}
