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
import { Clock } from '@sinergi/platform';
import { CaseEventFields } from './case-events';

/** Opens a case when a participant is released, and keeps every participant's training history. */
@Injectable()
export class CaseOpening {
  private readonly logger = new Logger(CaseOpening.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly caseEventFields: CaseEventFields,
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
    await this.events.publish(CaseOpenedV1, caseId, {
      ...(await this.caseEventFields.of(manager, participantId)),
      bapasCode: data.bapasCode,
      releaseDate: data.releaseDate,
    });
  }

  @HandleEvent(EnrollmentCompletedV1)
  async onEnrollmentCompleted(data: EnrollmentCompletedV1, event: EventEnvelope) {
    await this.transactions.manager.query(
      `INSERT INTO training_completion
         (enrollment_id, participant_id, program_id, agreement_id, track, category, score, certificate_number, completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (enrollment_id) DO NOTHING`,
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
      ],
    );
  }
}
