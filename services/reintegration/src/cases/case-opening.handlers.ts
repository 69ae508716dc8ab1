import { Injectable, Logger } from '@nestjs/common';
import {
  CaseOpenedV1,
  EnrollmentCompletedV1,
  ParticipantReleasedV1,
  Pathways,
  uuidv7,
  type EventEnvelope,
} from '@sinergi/contracts';
import { EventPublisher, HandleEvent, Transactions } from '@sinergi/messaging';
import { Clock, localDate } from '@sinergi/platform';
import { CohortRevisions } from '../cohorts/cohort-revisions';
import { CaseEventFields } from './case-events';

/** Opens a case when a participant is released, and keeps every participant's training history. */
@Injectable()
export class CaseOpening {
  private readonly logger = new Logger(CaseOpening.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly caseEventFields: CaseEventFields,
    private readonly cohorts: CohortRevisions,
    private readonly clock: Clock,
  ) {}

  @HandleEvent(ParticipantReleasedV1)
  async onReleased(data: ParticipantReleasedV1, event: EventEnvelope) {
    const manager = this.transactions.manager;
    const participantId = event.aggregateId;
    const caseId = uuidv7();
    const now = this.clock.now();
    // The unique indexes refuse a second OPEN case and a second case for the same release.
    const opened = await manager.query<Array<{ id: string }>>(
      `INSERT INTO reintegration_case
         (id, participant_id, bapas_code, status, release_date, release_type, domicile_region_code, facility_code, opened_at)
       VALUES ($1, $2, $3, 'OPEN', $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        caseId,
        participantId,
        data.bapasCode,
        data.releaseDate,
        data.releaseType,
        data.domicileRegionCode ?? null,
        data.facilityCode,
        now,
      ],
    );
    if (opened.length === 0) {
      this.logger.log(
        `release ${event.id} opened no case: participant ${participantId} has an open case or this release's case`,
      );
      return;
    }
    await manager.query(
      `INSERT INTO case_pathway (case_id, pathway, status, updated_at)
       SELECT $1, pathway, 'NOT_STARTED', $3 FROM unnest($2::text[]) AS pathway`,
      [caseId, [...Pathways], now],
    );
    const fields = await this.caseEventFields.of(manager, participantId);
    await this.events.publish(CaseOpenedV1, caseId, {
      ...fields,
      bapasCode: data.bapasCode,
      releaseDate: data.releaseDate,
    });
    await this.cohorts.publish(manager, caseId, fields);
  }

  /** A completion may arrive after the release it preceded: the person's cohorts are revised then. */
  @HandleEvent(EnrollmentCompletedV1)
  async onEnrollmentCompleted(data: EnrollmentCompletedV1, event: EventEnvelope) {
    const manager = this.transactions.manager;
    const recorded = await manager.query<unknown[]>(
      `INSERT INTO training_completion
         (enrollment_id, participant_id, program_id, agreement_id, track, category, score, certificate_number,
          completed_at, completed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (enrollment_id) DO NOTHING RETURNING enrollment_id`,
      [
        data.enrollmentId,
        event.aggregateId,
        data.programId,
        data.agreementId,
        data.track,
        data.category,
        data.score,
        data.certificateNumber,
        event.occurredAt,
        data.completedOn ?? localDate(new Date(event.occurredAt)),
      ],
    );
    if (recorded.length === 0) return;
    const [latest] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM reintegration_case WHERE participant_id = $1 ORDER BY release_date DESC, id DESC LIMIT 1`,
      [event.aggregateId],
    );
    if (latest) {
      await this.cohorts.publish(
        manager,
        latest.id,
        await this.caseEventFields.of(manager, event.aggregateId),
      );
    }
  }
}
