import { Injectable } from '@nestjs/common';
import { DEFAULT_AGENCY_TIME_ZONE, recidivismOf, type CohortEntry, type Indicator } from '@sinergi/contracts';
import { Clock } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
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
    return (await this.actualsOf(manager, [agreementId], fiscalYear)).get(agreementId)!;
  }

  /** The actuals of several agreements for the year, each fact read once for all of them. */
  async actualsOf(
    manager: EntityManager,
    agreementIds: string[],
    fiscalYear: number,
  ): Promise<Map<string, Record<Indicator, number | null>>> {
    const params = [agreementIds, fiscalYear];
    const zones = new Map(
      (
        await manager.query<Array<{ id: string; timeZone: string }>>(
          `SELECT id, time_zone AS "timeZone" FROM agreements WHERE id = ANY ($1::uuid[])`,
          [agreementIds],
        )
      ).map((a) => [a.id, a.timeZone]),
    );
    const todays = agreementIds.map((id) => this.clock.today(zones.get(id) ?? DEFAULT_AGENCY_TIME_ZONE));
    const byAgreement = <T extends { agreementId: string }>(rows: T[]) =>
      new Map(rows.map((row) => [row.agreementId, row]));
    // One after another: a transaction's queries share one connection.
    const enrolled = byAgreement(
      await manager.query<Array<{ agreementId: string; people: number }>>(
        `SELECT agreement_id AS "agreementId", count(DISTINCT participant_id)::int AS people
           FROM enrollment_starts WHERE agreement_id = ANY ($1::uuid[]) AND fiscal_year = $2
          GROUP BY agreement_id`,
        params,
      ),
    );
    const outcomes = byAgreement(
      await manager.query<
        Array<{ agreementId: string; completedPeople: number; completed: number; ended: number }>
      >(
        `SELECT agreement_id AS "agreementId",
                count(DISTINCT participant_id) FILTER (WHERE outcome = 'COMPLETED')::int AS "completedPeople",
                count(*) FILTER (WHERE outcome = 'COMPLETED')::int AS completed,
                count(*)::int AS ended
           FROM enrollment_outcomes WHERE agreement_id = ANY ($1::uuid[]) AND fiscal_year = $2
          GROUP BY agreement_id`,
        params,
      ),
    );
    const cohorts = byAgreement(
      await manager.query<Array<{ agreementId: string; employed: number; employmentCountable: number }>>(
        `WITH cohort AS (
           SELECT r.agreement_id,
                  r.first_placement_date >= r.release_date
                    AND r.first_placement_date < r.release_date + interval '6 months' AS employed,
                  r.release_date + interval '6 months' > a.today AS in_employment_window
             FROM unnest($1::uuid[], $3::date[]) AS a (agreement_id, today)
             JOIN release_facts r ON r.agreement_id = a.agreement_id
            WHERE extract(year FROM r.release_date) = $2)
         SELECT agreement_id AS "agreementId",
                count(*) FILTER (WHERE employed)::int AS employed,
                count(*) FILTER (WHERE employed OR NOT in_employment_window)::int AS "employmentCountable"
           FROM cohort GROUP BY agreement_id`,
        [...params, todays],
      ),
    );
    const budgets = byAgreement(
      await manager.query<Array<{ agreementId: string; ceiling: string; disbursed: string }>>(
        `SELECT a.id AS "agreementId",
                (SELECT coalesce(sum(ceiling), 0) FROM budget_ceilings
                  WHERE agreement_id = a.id AND fiscal_year = $2)::text AS ceiling,
                (SELECT coalesce(sum(disbursed_total), 0) FROM allocation_disbursements
                  WHERE agreement_id = a.id AND fiscal_year = $2)::text AS disbursed
           FROM unnest($1::uuid[]) AS a (id)`,
        params,
      ),
    );
    const recidivismCohorts = new Map<string, CohortEntry[]>();
    const entries = await manager.query<Array<CohortEntry & { agreementId: string }>>(
      `SELECT agreement_id AS "agreementId", to_char(release_date, 'YYYY-MM-DD') AS "releaseDate",
              to_char(first_reoffence_date, 'YYYY-MM-DD') AS "firstReoffenceDate"
         FROM recidivism_cohort WHERE agreement_id = ANY ($1::uuid[]) AND cohort_year = $2`,
      params,
    );
    for (const { agreementId, ...entry } of entries)
      recidivismCohorts.set(agreementId, [...(recidivismCohorts.get(agreementId) ?? []), entry]);

    return new Map(
      agreementIds.map((agreementId, i) => {
        const outcome = outcomes.get(agreementId) ?? { completedPeople: 0, completed: 0, ended: 0 };
        const cohort = cohorts.get(agreementId) ?? { employed: 0, employmentCountable: 0 };
        const budget = budgets.get(agreementId) ?? { ceiling: '0', disbursed: '0' };
        const actuals: Record<Indicator, number | null> = {
          PARTICIPANTS_ENROLLED: enrolled.get(agreementId)?.people ?? 0,
          PARTICIPANTS_COMPLETED: outcome.completedPeople,
          COMPLETION_RATE: ratio(outcome.completed, outcome.ended),
          EMPLOYMENT_RATE_6M: ratio(cohort.employed, cohort.employmentCountable),
          RECIDIVISM_RATE_12M: recidivismOf(recidivismCohorts.get(agreementId) ?? [], 12, todays[i]).rate,
          BUDGET_ABSORPTION: ratio(Number(budget.disbursed), Number(budget.ceiling)),
        };
        return [agreementId, actuals];
      }),
    );
  }

  /** Each target with its actual and status, in the order of the plan. */
  async readings(
    manager: EntityManager,
    agreementId: string,
    fiscalYear: number,
    targets: IndicatorTarget[],
  ): Promise<IndicatorReading[]> {
    return readingsOf(targets, await this.actuals(manager, agreementId, fiscalYear));
  }
}

/** Each target with its actual and status, in the order of the plan. */
export function readingsOf(
  targets: IndicatorTarget[],
  actuals: Record<Indicator, number | null>,
): IndicatorReading[] {
  return targets.map(({ indicator, target }) => ({
    indicator,
    target,
    actual: actuals[indicator],
    status: indicatorStatus(indicator, target, actuals[indicator]),
  }));
}
