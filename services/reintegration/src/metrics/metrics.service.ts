import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import type { EmploymentQuery, RecidivismQuery } from './dto/metrics.query';
import { recidivismFigures, type CohortMember } from './recidivism';

/**
 * A release-year cohort: each person once, with their first release in that year; filtered by
 * agreement, only people who completed a program under it. Parameters: $1 year, $2 agreement id.
 */
const COHORT = `
  SELECT DISTINCT ON (c.participant_id) c.participant_id, c.release_date
    FROM reintegration_case c
   WHERE c.release_date >= make_date($1::int, 1, 1) AND c.release_date < make_date($1::int + 1, 1, 1)
     AND ($2::uuid IS NULL OR EXISTS (
           SELECT 1 FROM training_completion t WHERE t.participant_id = c.participant_id AND t.agreement_id = $2))
   ORDER BY c.participant_id, c.release_date`;

@Injectable()
export class MetricsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async recidivism(query: RecidivismQuery) {
    // A completion on the release day counts as before it: a release ends every active enrollment.
    const members = await this.transactions.manager.query<CohortMember[]>(
      `WITH cohort AS (${COHORT}),
            windowed AS (
              SELECT participant_id, release_date, (release_date + make_interval(months => $3::int))::date AS window_end
                FROM cohort)
       SELECT EXISTS (SELECT 1 FROM reoffence r JOIN reintegration_case c ON c.id = r.case_id
                       WHERE c.participant_id = w.participant_id
                         AND r.date >= w.release_date AND r.date < w.window_end) AS reoffended,
              w.window_end > $4::date AS "windowOpen",
              EXISTS (SELECT 1 FROM training_completion t
                       WHERE t.participant_id = w.participant_id AND t.track = 'KEMANDIRIAN'
                         AND (t.completed_at AT TIME ZONE 'UTC')::date <= w.release_date) AS "completedKemandirian"
         FROM windowed w`,
      [query.cohortYear, query.agreementId ?? null, query.windowMonths, this.clock.today()],
    );
    return {
      cohortYear: query.cohortYear,
      windowMonths: query.windowMonths,
      agreementId: query.agreementId ?? null,
      ...recidivismFigures(members),
      byKemandirianCompletion: {
        completed: recidivismFigures(members.filter((m) => m.completedKemandirian)),
        notCompleted: recidivismFigures(members.filter((m) => !m.completedKemandirian)),
      },
    };
  }

  /** People of the cohort with a job or business starting within 6 months of release, over the cohort. */
  async employment(query: EmploymentQuery) {
    const [{ cohortSize, employed }] = await this.transactions.manager.query<
      Array<{ cohortSize: number; employed: number }>
    >(
      `WITH cohort AS (${COHORT})
       SELECT count(*)::int AS "cohortSize",
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM placement p JOIN reintegration_case c ON c.id = p.case_id
                 WHERE c.participant_id = k.participant_id
                   AND p.start_date >= k.release_date
                   AND p.start_date < k.release_date + make_interval(months => 6))
              )::int AS employed
         FROM cohort k`,
      [query.cohortYear, query.agreementId ?? null],
    );
    return {
      cohortYear: query.cohortYear,
      agreementId: query.agreementId ?? null,
      cohortSize,
      employed,
      rate: cohortSize === 0 ? null : employed / cohortSize,
    };
  }

  /**
   * Figures for an agreement's overview, over everyone released who completed a program under it
   * (their first release): open cases, employed within 6 months, reoffended within 12 months and
   * the 12-month recidivism rate of those whose window has ended or who reoffended.
   */
  async agreementSummary(agreementId: string | undefined) {
    // Two texts rather than `$2 IS NULL OR …`, so that PostgreSQL can drive the agreement's
    // summary from its training completions (an index) instead of reading every case.
    const trainedUnder = agreementId
      ? `c.participant_id IN (SELECT t.participant_id FROM training_completion t WHERE t.agreement_id = $2)`
      : 'TRUE';
    const [row] = await this.transactions.manager.query<
      Array<{ openCases: number; people: number; employed: number; reoffended: number; inProgress: number }>
    >(
      `WITH people AS (
         SELECT DISTINCT ON (c.participant_id) c.participant_id, c.release_date
           FROM reintegration_case c WHERE ${trainedUnder}
          ORDER BY c.participant_id, c.release_date),
       facts AS (
         SELECT k.release_date,
                EXISTS (SELECT 1 FROM placement p JOIN reintegration_case c ON c.id = p.case_id
                         WHERE c.participant_id = k.participant_id AND p.start_date >= k.release_date
                           AND p.start_date < k.release_date + make_interval(months => 6)) AS employed,
                EXISTS (SELECT 1 FROM reoffence r JOIN reintegration_case c ON c.id = r.case_id
                         WHERE c.participant_id = k.participant_id AND r.date >= k.release_date
                           AND r.date < k.release_date + make_interval(months => 12)) AS reoffended
           FROM people k)
       SELECT (SELECT count(*)::int FROM reintegration_case c WHERE c.status = 'OPEN' AND ${trainedUnder}) AS "openCases",
              count(*)::int AS people,
              count(*) FILTER (WHERE employed)::int AS employed,
              count(*) FILTER (WHERE reoffended)::int AS reoffended,
              count(*) FILTER (WHERE NOT reoffended AND release_date + make_interval(months => 12) > $1::date)::int AS "inProgress"
         FROM facts`,
      agreementId ? [this.clock.today(), agreementId] : [this.clock.today()],
    );
    const decided = row.people - row.inProgress;
    return {
      agreementId: agreementId ?? null,
      openCases: row.openCases,
      released: row.people,
      employed: row.employed,
      reoffended: row.reoffended,
      recidivismRate12m: decided === 0 ? null : row.reoffended / decided,
    };
  }
}
