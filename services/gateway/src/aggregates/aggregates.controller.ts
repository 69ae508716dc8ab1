import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardResponse, OverviewResponse, StatusResponse } from './responses';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AGGREGATE_ROUTES, currentCaller, DATA_ROLES } from '@sinergi/platform';
import { AllowRoles } from '../auth/roles.decorator';
import { AggregatesService } from './aggregates.service';

export class FiscalYearQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
}

@ApiTags('aggregates')
@Controller('api/v1')
export class AggregatesController {
  constructor(private readonly aggregates: AggregatesService) {}

  @ApiOperation({ summary: 'Everything about one agreement, from every service' })
  @ApiOkResponse({ type: OverviewResponse })
  @AllowRoles(...AGGREGATE_ROUTES.overview.roles)
  @Get('agreements/:id/overview')
  overview(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: FiscalYearQuery) {
    return this.aggregates.overview(id, currentCaller(), query.fiscalYear);
  }

  @ApiOperation({ summary: 'Overview figures of every agreement the caller may see, with totals' })
  @ApiOkResponse({ type: DashboardResponse })
  @AllowRoles(...AGGREGATE_ROUTES.dashboard.roles)
  @Get('dashboard')
  dashboard(@Query() query: FiscalYearQuery) {
    return this.aggregates.dashboard(currentCaller(), query.fiscalYear);
  }

  @ApiOperation({ summary: 'Readiness and version of every service' })
  @ApiOkResponse({ type: StatusResponse })
  @AllowRoles(...DATA_ROLES)
  @Get('status')
  status() {
    return this.aggregates.status();
  }
}
