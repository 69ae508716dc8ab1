import { Injectable } from '@nestjs/common';
import { recidivismOf, type CohortEntry, type Indicator } from '@sinergi/contracts';
import { Clock } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { agreementTimeZone } from './agreement-time-zone';
import { indicatorStatus, type IndicatorStatus } from './indicator-status';

export interface IndicatorTarget {
  indicator: Indicator;
  target: number;
}

export interface IndicatorReading extends IndicatorTarget {
  actual: number | null;
  status: IndicatorStatus;
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/**
 * Actuals per agreement and fiscal year, from the facts the event handlers keep:
 * - PARTICIPANTS_ENROLLED / _COMPLETED: distinct people enrolled (completed) under the agreement, by
 *   the year the enrollment (completion) happened;
 * - COMPLETION_RATE: completed ÷ (completed + dropped + failed) enrollments ended in the year;
 * - EMPLOYMENT_RATE_6M: the release-year cohort of people trained under the agreement; a person
 *   counts once their window is over or the outcome happened (a job or business started within 6
 *   months of release), people still inside their window without it are left out, as Recidiviz
 *   does; null while nobody is countable;
 * - RECIDIVISM_RATE_12M: reintegration's figure, never a second computation: its cohort of the
 *   agreement and year (as announced in recidivism.cohorts-revised) through `recidivismOf`;
 * - BUDGET_ABSORPTION: disbursed ÷ ceiling of the agreement's budgets for the year (null without one).
 */
@Injectable()
export class IndicatorActuals {
  constructor(private readonly clock: Clock) {}

  async actuals(
    manager: EntityManager,
    agreementId: string,
    fiscalYear: number,
  ): Promise<Record<Indicator, number | null>> {
    const params = [agreementId, fiscalYear];
    const today = this.clock.today(await agreementTimeZone(manager, agreementId));
    // One after another: a transaction's queries share one connection.
    const [enrolled] = await manager.query(
      `SELECT count(DISTINCT participant_id)::int AS people FROM enrollment_starts
        WHERE agreement_id = $1 AND fiscal_year = $2`,
      params,
    );
    const [outcomes] = await manager.query(
      `SELECT count(DISTINCT participant_id) FILTER (WHERE outcome = 'COMPLETED')::int AS "completedPeople",
              count(*) FILTER (WHERE outcome = 'COMPLETED')::int AS completed,
              count(*)::int AS ended
         FROM enrollment_outcomes WHERE agreement_id = $1 AND fiscal_year = $2`,
      params,
    );
    const [cohort] = await manager.query(
      `WITH cohort AS (
         SELECT first_placement_date >= release_date
                  AND first_placement_date < release_date + interval '6 months' AS employed,
                release_date + interval '6 months' > $3::date AS in_employment_window
           FROM release_facts
          WHERE agreement_id = $1 AND extract(year FROM release_date) = $2)
       SELECT count(*) FILTER (WHERE employed)::int AS employed,
              count(*) FILTER (WHERE employed OR NOT in_employment_window)::int AS "employmentCountable"
         FROM cohort`,
      [...params, today],
    );
    const [budget] = await manager.query(
      `SELECT (SELECT coalesce(sum(ceiling), 0) FROM budget_ceilings
                WHERE agreement_id = $1 AND fiscal_year = $2)::text AS ceiling,
              (SELECT coalesce(sum(disbursed_total), 0) FROM allocation_disbursements
                WHERE agreement_id = $1 AND fiscal_year = $2)::text AS disbursed`,
      params,
    );
    const recidivismCohort = await manager.query<CohortEntry[]>(
      `SELECT to_char(release_date, 'YYYY-MM-DD') AS "releaseDate",
              to_char(first_reoffence_date, 'YYYY-MM-DD') AS "firstReoffenceDate"
         FROM recidivism_cohort WHERE agreement_id = $1 AND cohort_year = $2`,
      params,
    );
    return {
      PARTICIPANTS_ENROLLED: enrolled.people,
      PARTICIPANTS_COMPLETED: outcomes.completedPeople,
      COMPLETION_RATE: ratio(outcomes.completed, outcomes.ended),
      EMPLOYMENT_RATE_6M: ratio(cohort.employed, cohort.employmentCountable),
      RECIDIVISM_RATE_12M: recidivismOf(recidivismCohort, 12, today).rate,
      BUDGET_ABSORPTION: ratio(Number(budget.disbursed), Number(budget.ceiling)),
    };
  }

  /** Each target with its actual and status, in the order of the plan. */
  async readings(
    manager: EntityManager,
    agreementId: string,
    fiscalYear: number,
    targets: IndicatorTarget[],
  ): Promise<IndicatorReading[]> {
    const actuals = await this.actuals(manager, agreementId, fiscalYear);
    return targets.map(({ indicator, target }) => ({
      indicator,
      target,
      actual: actuals[indicator],
      status: indicatorStatus(indicator, target, actuals[indicator]),
    }));
  }
}
