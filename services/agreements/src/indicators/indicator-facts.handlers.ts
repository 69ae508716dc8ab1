import { Injectable } from '@nestjs/common';
import {
  BudgetOpenedV1,
  BudgetRevisedV1,
  CaseOpenedV1,
  DisbursementRecordedV1,
  EnrollmentCompletedV1,
  EnrollmentCreatedV1,
  EnrollmentDroppedV1,
  EnrollmentFailedV1,
  PlacementRecordedV1,
  RecidivismCohortsRevisedV1,
  type EnrollmentEvent,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent, Transactions } from '@sinergi/messaging';
import { localYear } from '@sinergi/platform';
import { agreementTimeZone } from './agreement-time-zone';

/**
 * Keeps the facts behind the work plans' indicator actuals, one row per enrollment, released person,
 * budget or allocation. Rows are keyed by what they count, so besides the inbox skipping a replayed
 * event, a different event about the same thing (a re-sent placement, a later disbursement total)
 * cannot count a person or a Rupiah twice.
 */
@Injectable()
export class IndicatorFactsHandlers {
  constructor(private readonly transactions: Transactions) {}

  /** The fiscal (calendar) year an event belongs to: the year it happened in the agreement's zone. */
  private async yearOf(event: EventEnvelope, agreementId: string) {
    const timeZone = await agreementTimeZone(this.transactions.manager, agreementId);
    return localYear(new Date(event.occurredAt), timeZone);
  }

  @HandleEvent(EnrollmentCreatedV1)
  async onEnrollmentCreated(data: EnrollmentCreatedV1, event: EventEnvelope) {
    await this.transactions.manager.query(
      `INSERT INTO enrollment_starts (enrollment_id, agreement_id, fiscal_year, participant_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [data.enrollmentId, data.agreementId, await this.yearOf(event, data.agreementId), event.aggregateId],
    );
  }

  @HandleEvent(EnrollmentCompletedV1)
  onEnrollmentCompleted(data: EnrollmentCompletedV1, event: EventEnvelope) {
    return this.recordOutcome(data, event, 'COMPLETED');
  }

  @HandleEvent(EnrollmentDroppedV1)
  onEnrollmentDropped(data: EnrollmentDroppedV1, event: EventEnvelope) {
    return this.recordOutcome(data, event, 'DROPPED');
  }

  @HandleEvent(EnrollmentFailedV1)
  onEnrollmentFailed(data: EnrollmentFailedV1, event: EventEnvelope) {
    return this.recordOutcome(data, event, 'FAILED');
  }

  @HandleEvent(CaseOpenedV1)
  async onCaseOpened(data: CaseOpenedV1) {
    for (const agreementId of data.agreementIds) {
      await this.transactions.manager.query(
        `INSERT INTO release_facts (agreement_id, participant_id, release_date)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [agreementId, data.participantId, data.releaseDate],
      );
    }
  }

  /** The earliest job or business start after a release (the event may arrive before case.opened). */
  @HandleEvent(PlacementRecordedV1)
  async onPlacementRecorded(data: PlacementRecordedV1) {
    for (const agreementId of data.agreementIds) {
      await this.transactions.manager.query(
        `INSERT INTO release_facts (agreement_id, participant_id, release_date, first_placement_date)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (agreement_id, participant_id, release_date)
         DO UPDATE SET first_placement_date = LEAST(release_facts.first_placement_date, EXCLUDED.first_placement_date)`,
        [agreementId, data.participantId, data.releaseDate, data.startDate],
      );
    }
  }

  /**
   * Reintegration's cohorts of the person replace what was kept before, unless a later revision
   * arrived first (revisions of one person may travel on different cases' partitions).
   */
  @HandleEvent(RecidivismCohortsRevisedV1)
  async onCohortsRevised(data: RecidivismCohortsRevisedV1) {
    const manager = this.transactions.manager;
    const newer = await manager.query<unknown[]>(
      `INSERT INTO recidivism_cohort_revision (participant_id, revision) VALUES ($1, $2)
       ON CONFLICT (participant_id) DO UPDATE SET revision = EXCLUDED.revision
        WHERE recidivism_cohort_revision.revision < EXCLUDED.revision
       RETURNING participant_id`,
      [data.participantId, data.revision],
    );
    if (newer.length === 0) return;
    await manager.query(`DELETE FROM recidivism_cohort WHERE participant_id = $1`, [data.participantId]);
    await manager.query(
      `INSERT INTO recidivism_cohort (agreement_id, cohort_year, participant_id, release_date, first_reoffence_date)
       SELECT c.agreement_id, c.cohort_year, $1, c.release_date, c.first_reoffence_date
         FROM jsonb_to_recordset($2::jsonb)
           AS c (agreement_id uuid, cohort_year int, release_date date, first_reoffence_date date)`,
      [
        data.participantId,
        JSON.stringify(
          data.cohorts.map((c) => ({
            agreement_id: c.agreementId,
            cohort_year: c.cohortYear,
            release_date: c.releaseDate,
            first_reoffence_date: c.firstReoffenceDate,
          })),
        ),
      ],
    );
  }

  @HandleEvent(BudgetOpenedV1)
  onBudgetOpened(data: BudgetOpenedV1, event: EventEnvelope) {
    return this.recordCeiling(data, event);
  }

  @HandleEvent(BudgetRevisedV1)
  onBudgetRevised(data: BudgetRevisedV1, event: EventEnvelope) {
    return this.recordCeiling(data, event);
  }

  /** `disbursedTotal` is the allocation's running total, so keeping the largest is replay-proof. */
  @HandleEvent(DisbursementRecordedV1)
  async onDisbursementRecorded(data: DisbursementRecordedV1, event: EventEnvelope) {
    await this.transactions.manager.query(
      `INSERT INTO allocation_disbursements (allocation_id, agreement_id, fiscal_year, disbursed_total)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (allocation_id)
       DO UPDATE SET disbursed_total = GREATEST(allocation_disbursements.disbursed_total, EXCLUDED.disbursed_total)`,
      [event.aggregateId, data.agreementId, data.fiscalYear, data.disbursedTotal],
    );
  }

  private async recordOutcome(data: EnrollmentEvent, event: EventEnvelope, outcome: string) {
    await this.transactions.manager.query(
      `INSERT INTO enrollment_outcomes (enrollment_id, agreement_id, fiscal_year, participant_id, outcome)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [
        data.enrollmentId,
        data.agreementId,
        await this.yearOf(event, data.agreementId),
        event.aggregateId,
        outcome,
      ],
    );
  }

  /** The latest ceiling of each budget wins, whatever order its events arrive in. */
  private async recordCeiling(data: BudgetOpenedV1 | BudgetRevisedV1, event: EventEnvelope) {
    await this.transactions.manager.query(
      `INSERT INTO budget_ceilings (budget_id, agreement_id, fiscal_year, ceiling, as_of)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (budget_id)
       DO UPDATE SET ceiling = EXCLUDED.ceiling, as_of = EXCLUDED.as_of WHERE budget_ceilings.as_of <= EXCLUDED.as_of`,
      [event.aggregateId, data.agreementId, data.fiscalYear, data.ceiling, event.occurredAt],
    );
  }
}
