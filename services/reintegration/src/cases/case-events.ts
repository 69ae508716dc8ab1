import { Injectable } from '@nestjs/common';
import type { CaseEvent } from '@sinergi/contracts';
import type { EntityManager } from 'typeorm';

/** The fields every case event carries: the participant and the agreements they were trained under. */
@Injectable()
export class CaseEventFields {
  async of(manager: EntityManager, participantId: string): Promise<CaseEvent> {
    const rows = await manager.query<Array<{ agreementId: string }>>(
      `SELECT DISTINCT agreement_id AS "agreementId" FROM training_completion
        WHERE participant_id = $1 ORDER BY agreement_id`,
      [participantId],
    );
    return { participantId, agreementIds: rows.map((r) => r.agreementId) };
  }
}
