import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { recidivismOf, type CohortEntry } from '@sinergi/contracts';
import { Clock } from '@sinergi/platform';
import { casesInAgencyScope } from '../agreement-scope/agreement-scope';
import { CohortEntries, type CohortEntryRow } from '../cohorts/cohort-entries';
import type { AgreementSummaryQuery, EmploymentQuery, RecidivismQuery } from './dto/metrics.query';

@Injectable()
export class MetricsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly cohorts: CohortEntries,
    private readonly clock: Clock,
  ) {}

  /**
   * The cohort of the year: everyone released, or filtered by agreement (see CohortEntries); only
   * the people in `agency`'s scope (docs/authorization.md) when it is not null.
   */
  private async cohort(cohortYear: number, agreementId: string | undefined, agency: string | null) {
    const entries = await this.cohorts.read(this.transactions.manager, {
      cohortYear,
      agreementId: agreementId ?? null,
    });
    return this.inScope(entries, agency);
  }

  /** The entries of the people in `agency`'s scope (docs/authorization.md); all when it is null. */
  async inScope<T extends { participantId: string }>(entries: T[], agency: string | null): Promise<T[]> {
    if (agency === null) return entries;
    const rows = await this.transactions.manager.query<Array<{ participant_id: string }>>(
      `SELECT DISTINCT c.participant_id FROM reintegration_case c
        WHERE c.participant_id = ANY ($1::uuid[]) AND ${casesInAgencyScope('c', '$2')}`,
      [entries.map((e) => e.participantId), agency],
    );
    const inScope = new Set(rows.map((r) => r.participant_id));
    return entries.filter((e) => inScope.has(e.participantId));
  }

  /** For each entry: a job or business of the person starting within 6 months of the release. */
  async employedWithin6Months(entries: CohortEntryRow[]): Promise<boolean[]> {
    const rows = await this.transactions.manager.query<Array<{ employed: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM placement p JOIN reintegration_case c ON c.id = p.case_id
                       WHERE c.participant_id = k.participant_id
                         AND p.start_date >= k.release_date
                         AND p.start_date < k.release_date + make_interval(months => 6)) AS employed
         FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS k (participant_id, release_date, n)
        ORDER BY k.n`,
      [entries.map((e) => e.participantId), entries.map((e) => e.releaseDate)],
    );
    return rows.map((r) => r.employed);
  }

  /** `agency`: the agency whose scope limits the figures, null for all. */
  async recidivism(query: RecidivismQuery, agency: string | null) {
    const entries = await this.cohort(query.cohortYear, query.agreementId, agency);
    const today = this.clock.today();
    return {
      cohortYear: query.cohortYear,
      windowMonths: query.windowMonths,
      agreementId: query.agreementId ?? null,
      ...recidivismOf(entries, query.windowMonths, today),
      byKemandirianCompletion: {
        completed: recidivismOf(
          entries.filter((e) => e.completedKemandirian),
          query.windowMonths,
          today,
        ),
        notCompleted: recidivismOf(
          entries.filter((e) => !e.completedKemandirian),
          query.windowMonths,
          today,
        ),
      },
    };
  }

  /** People of the cohort with a job or business starting within 6 months of release, over the cohort. */
  async employment(query: EmploymentQuery, agency: string | null) {
    const entries = await this.cohort(query.cohortYear, query.agreementId, agency);
    const employed = (await this.employedWithin6Months(entries)).filter(Boolean).length;
    return {
      cohortYear: query.cohortYear,
      agreementId: query.agreementId ?? null,
      cohortSize: entries.length,
      employed,
      rate: entries.length === 0 ? null : employed / entries.length,
    };
  }

  /**
   * Figures for an agreement's overview: its open cases, and of its cohort of the year (see
   * CohortEntries) those employed within 6 months and the 12-month recidivism figures, exactly as
   * `employment` and `recidivism` give them.
   */
  async agreementSummary(query: AgreementSummaryQuery, agency: string | null) {
    // Two texts rather than `$1 IS NULL OR …`, so that PostgreSQL can drive the agreement's
    // open cases from its training completions (an index) instead of reading every open case.
    const params: string[] = query.agreementId ? [query.agreementId] : [];
    const inScope = agency === null ? '' : ` AND ${casesInAgencyScope('c', `$${params.length + 1}`)}`;
    const [{ openCases }] = await this.transactions.manager.query<Array<{ openCases: number }>>(
      (query.agreementId
        ? `SELECT count(*)::int AS "openCases" FROM reintegration_case c
            WHERE c.status = 'OPEN'
              AND c.participant_id IN (SELECT t.participant_id FROM training_completion t WHERE t.agreement_id = $1)`
        : `SELECT count(*)::int AS "openCases" FROM reintegration_case c WHERE c.status = 'OPEN'`) + inScope,
      agency === null ? params : [...params, agency],
    );
    const entries = await this.cohort(query.cohortYear, query.agreementId, agency);
    return {
      agreementId: query.agreementId ?? null,
      cohortYear: query.cohortYear,
      ...agreementFigures(openCases, entries, await this.employedWithin6Months(entries), this.clock.today()),
    };
  }
}

/**
 * An agreement's reintegration figures: its open cases, and of its cohort (`entries`, with
 * `employed` for each) the people employed within 6 months and the 12-month recidivism figures.
 */
export function agreementFigures(
  openCases: number,
  entries: CohortEntry[],
  employed: boolean[],
  today: string,
) {
  const recidivism = recidivismOf(entries, 12, today);
  return {
    openCases,
    released: recidivism.cohortSize,
    employed: employed.filter(Boolean).length,
    reoffended: recidivism.reoffended,
    inProgress: recidivism.inProgress,
    recidivismRate12m: recidivism.rate,
  };
}
