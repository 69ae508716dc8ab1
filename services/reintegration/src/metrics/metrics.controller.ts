import { ApiOkResponse } from '@nestjs/swagger';
import { AgreementSummaryResponse, EmploymentResponse, RecidivismResponse } from './dto/metrics.response';
import { Controller, Get, Query } from '@nestjs/common';
import { currentCaller, seesEveryAgency } from '@sinergi/platform';
import { AgreementSummaryQuery, EmploymentQuery, RecidivismQuery } from './dto/metrics.query';
import { discloseAgreementSummary, discloseEmployment, discloseRecidivism } from './metrics-disclosure';
import { MetricsService } from './metrics.service';

/**
 * Aggregates only (no personal data), for every caller the gateway lets through, viewers included.
 * Platform-admins and auditors see every case's figures in full; anyone else only the figures of
 * its scope (its own BAPAS's cases, and people trained under agreements its agency is a party to),
 * with counts from 1 to 5 and whatever would reveal them suppressed (docs/authorization.md).
 */
@Controller('reintegration/metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @ApiOkResponse({ type: RecidivismResponse })
  @Get('recidivism')
  async recidivism(@Query() query: RecidivismQuery) {
    const agency = limitedTo();
    return discloseRecidivism(await this.metrics.recidivism(query, agency), agency !== null);
  }

  @ApiOkResponse({ type: AgreementSummaryResponse })
  @Get('agreement-summary')
  async agreementSummary(@Query() query: AgreementSummaryQuery) {
    const agency = limitedTo();
    return discloseAgreementSummary(await this.metrics.agreementSummary(query, agency), agency !== null);
  }

  @ApiOkResponse({ type: EmploymentResponse })
  @Get('employment')
  async employment(@Query() query: EmploymentQuery) {
    const agency = limitedTo();
    return discloseEmployment(await this.metrics.employment(query, agency), agency !== null);
  }
}

/** The agency whose scope limits the caller's figures, or null for platform-admins and auditors. */
function limitedTo(): string | null {
  const caller = currentCaller();
  return seesEveryAgency(caller) ? null : caller.agencyCode;
}
