import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DashboardResponse, OverviewResponse, StatusResponse } from './responses';
import { Controller, Get, Header, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AGGREGATE_ROUTES, currentCaller, DATA_ROLES } from '@sinergi/platform';
import { AllowRoles } from '../auth/roles.decorator';
import { AggregatesService } from './aggregates.service';
import { renderEvaluationReport, reportFileName } from './evaluation-report';

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

  @ApiOperation({
    summary: 'The joint evaluation report (Laporan Evaluasi Bersama) as a PDF',
    description:
      'Rendered by the gateway from the agreement, the evaluation and the parties as the agreements service ' +
      'shows them to the caller: title block, period, indicator table, achievement chart, findings and ' +
      'recommendations, and when it was generated in the agreement’s time zone. Answered as an attachment ' +
      '(`Content-Disposition: attachment; filename=laporan-evaluasi-<number>-<period>.pdf`).',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The report (PDF 1.3, A4)',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'content-disposition': {
        description: '`attachment; filename="laporan-evaluasi-<number>-<period>.pdf"`',
        schema: { type: 'string' },
      },
    },
  })
  @AllowRoles(...AGGREGATE_ROUTES.evaluationReport.roles)
  @Header('cache-control', 'private, no-store')
  @Get('agreements/:id/evaluations/:evaluationId/report.pdf')
  async evaluationReport(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('evaluationId', new ParseUUIDPipe()) evaluationId: string,
  ) {
    const report = await this.aggregates.evaluationReport(id, evaluationId, currentCaller());
    return new StreamableFile(await renderEvaluationReport(report), {
      type: 'application/pdf',
      disposition: `attachment; filename="${reportFileName(report)}"`,
    });
  }

  @ApiOperation({ summary: 'Readiness and version of every service' })
  @ApiOkResponse({ type: StatusResponse })
  @AllowRoles(...DATA_ROLES)
  @Get('status')
  status() {
    return this.aggregates.status();
  }
}
