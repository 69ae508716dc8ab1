import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import { casesInAgencyScope } from '../agreement-scope/agreement-scope';
import { CohortEntries, type CohortEntryRow } from '../cohorts/cohort-entries';
import { discloseAgreementSummary } from '../metrics/metrics-disclosure';
import { agreementFigures, MetricsService } from '../metrics/metrics.service';

/**
 * The figures `GET /reintegration/metrics/agreement-summary` gives, for every agreement at once:
 * one read of the open cases grouped by agreement and one of the cohort entries of every agreement,
 * limited to the agency's scope and with small counts hidden exactly as that route does.
 */
@Injectable()
export class ReintegrationSummaries {
  constructor(
    private readonly transactions: Transactions,
    private readonly cohorts: CohortEntries,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
  ) {}

  /** `agency`: the agency whose scope limits the figures, null for all. */
  async byAgreement(cohortYear: number, agency: string | null) {
    const manager = this.transactions.manager;
    const open = await manager.query<Array<{ agreementId: string; openCases: number }>>(
      `SELECT t.agreement_id AS "agreementId", count(DISTINCT c.id)::int AS "openCases"
         FROM reintegration_case c JOIN training_completion t ON t.participant_id = c.participant_id
        WHERE c.status = 'OPEN' AND ($1::text IS NULL OR ${casesInAgencyScope('c', '$1')})
        GROUP BY t.agreement_id`,
      [agency],
    );
    const entries = await this.metrics.inScope(await this.cohorts.read(manager, { cohortYear }), agency);
    const employed = await this.metrics.employedWithin6Months(entries);
    const cohorts = new Map<string, { entries: CohortEntryRow[]; employed: boolean[] }>();
    const cohortOf = (agreementId: string) => {
      let cohort = cohorts.get(agreementId);
      if (!cohort) cohorts.set(agreementId, (cohort = { entries: [], employed: [] }));
      return cohort;
    };
    entries.forEach((entry, i) => {
      const cohort = cohortOf(entry.agreementId!);
      cohort.entries.push(entry);
      cohort.employed.push(employed[i]);
    });
    const openCases = new Map(open.map((o) => [o.agreementId, o.openCases]));
    for (const agreementId of openCases.keys()) cohortOf(agreementId);

    const today = this.clock.today();
    const suppress = agency !== null;
    return {
      cohortYear,
      items: [...cohorts.keys()].sort().map((agreementId) => {
        const cohort = cohorts.get(agreementId)!;
        const figures = agreementFigures(
          openCases.get(agreementId) ?? 0,
          cohort.entries,
          cohort.employed,
          today,
        );
        return { agreementId, cohortYear, ...discloseAgreementSummary(figures, suppress) };
      }),
      /** The figures of an agreement not listed: no open case and no one in its cohort. */
      none: { cohortYear, ...discloseAgreementSummary(agreementFigures(0, [], [], today), suppress) },
    };
  }
}
