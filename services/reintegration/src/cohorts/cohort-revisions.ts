import { Injectable } from '@nestjs/common';
import { RecidivismCohortsRevisedV1, type CaseEvent } from '@sinergi/contracts';
import { EventPublisher } from '@sinergi/messaging';
import type { EntityManager } from 'typeorm';
import { CohortEntries } from './cohort-entries';

/**
 * Announces a person's agreement cohorts after every change that can move them (a release, a
 * completion, a reoffence), numbered so that a consumer keeps the latest whatever the order.
 */
@Injectable()
export class CohortRevisions {
  constructor(
    private readonly entries: CohortEntries,
    private readonly events: EventPublisher,
  ) {}

  /** Call inside the transaction of the change; `caseId` is the case the event is published on. */
  async publish(manager: EntityManager, caseId: string, fields: CaseEvent): Promise<void> {
    const [{ revision }] = await manager.query<Array<{ revision: number }>>(
      `INSERT INTO cohort_revision (participant_id, revision) VALUES ($1, 1)
       ON CONFLICT (participant_id) DO UPDATE SET revision = cohort_revision.revision + 1
       RETURNING revision`,
      [fields.participantId],
    );
    const entries = await this.entries.read(manager, { participantId: fields.participantId });
    await this.events.publish(RecidivismCohortsRevisedV1, caseId, {
      ...fields,
      revision,
      cohorts: entries.map((e) => ({
        agreementId: e.agreementId!,
        cohortYear: e.cohortYear,
        releaseDate: e.releaseDate,
        firstReoffenceDate: e.firstReoffenceDate,
      })),
    });
  }
}
