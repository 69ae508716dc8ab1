import { Injectable } from '@nestjs/common';
import { CaseClosedV1, ReoffenceRecordedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, InvalidInputException } from '@sinergi/platform';
import { CaseAccess } from '../cases/case-access';
import { CaseEventFields } from '../cases/case-events';
import { CohortRevisions } from '../cohorts/cohort-revisions';
import { CASE_COLUMNS, type CaseRecord } from '../cases/case.model';
import { CaseViews, type CaseView } from '../cases/case-views';
import type { RecordReoffenceDto } from './dto/record-reoffence.dto';

@Injectable()
export class ReoffencesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly access: CaseAccess,
    private readonly views: CaseViews,
    private readonly caseEventFields: CaseEventFields,
    private readonly cohorts: CohortRevisions,
    private readonly clock: Clock,
  ) {}

  /** Records the reoffence and closes the case as CLOSED_REOFFENDED. */
  record(caseId: string, reoffence: RecordReoffenceDto): Promise<CaseView> {
    return this.transactions.run(async (manager) => {
      const kase = await this.access.lockOpenForChange(manager, caseId);
      if (reoffence.date < kase.releaseDate)
        throw new InvalidInputException([
          { field: 'date', message: `date must not be before the release date ${kase.releaseDate}` },
        ]);
      const now = this.clock.now();
      await manager.query(
        `INSERT INTO reoffence (id, case_id, date, kind, notes, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [uuidv7(), caseId, reoffence.date, reoffence.kind, reoffence.notes ?? null, now],
      );
      const [[closed]] = await manager.query<[CaseRecord[], number]>(
        `UPDATE reintegration_case SET status = 'CLOSED_REOFFENDED', closed_at = $2, close_reason = $3
          WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
        [caseId, now, `reoffence: ${reoffence.kind}`],
      );
      const fields = await this.caseEventFields.of(manager, kase.participantId);
      await this.events.publish(ReoffenceRecordedV1, caseId, {
        ...fields,
        date: reoffence.date,
        kind: reoffence.kind,
        releaseDate: kase.releaseDate,
      });
      await this.events.publish(CaseClosedV1, caseId, { ...fields, outcome: 'CLOSED_REOFFENDED' });
      await this.cohorts.publish(manager, caseId, fields);
      const [view] = await this.views.of(manager, [closed]);
      return view;
    });
  }
}
