import { Injectable } from '@nestjs/common';
import { CaseClosedV1, PathwayUpdatedV1, type Pathway } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, currentCaller, toPage, type Page } from '@sinergi/platform';
import { CaseAccess } from './case-access';
import { CaseEventFields } from './case-events';
import { CASE_COLUMNS, type CaseRecord, type PathwayView } from './case.model';
import { readableBapas } from './case-scope';
import { CaseViews, type CaseView } from './case-views';
import { CloseOutcomes, type CloseCaseDto } from './dto/close-case.dto';
import type { ListCasesQuery } from './dto/list-cases.query';
import type { UpdatePathwayDto } from './dto/update-pathway.dto';

/**
 * A case changed at or after $7: opened or closed then, or anything its view shows (pathways,
 * placements, follow-ups, grants, a reoffence, a training completion) recorded or decided then.
 */
const CHANGED_SINCE_7 = `(opened_at >= $7 OR closed_at >= $7
  OR EXISTS (SELECT 1 FROM case_pathway x WHERE x.case_id = reintegration_case.id AND x.updated_at >= $7)
  OR EXISTS (SELECT 1 FROM placement x WHERE x.case_id = reintegration_case.id AND x.recorded_at >= $7)
  OR EXISTS (SELECT 1 FROM follow_up x WHERE x.case_id = reintegration_case.id AND x.recorded_at >= $7)
  OR EXISTS (SELECT 1 FROM start_up_grant x WHERE x.case_id = reintegration_case.id
               AND (x.requested_at >= $7 OR x.decided_at >= $7))
  OR EXISTS (SELECT 1 FROM reoffence x WHERE x.case_id = reintegration_case.id AND x.recorded_at >= $7)
  OR EXISTS (SELECT 1 FROM training_completion x
              WHERE x.participant_id = reintegration_case.participant_id AND x.completed_at >= $7))`;

@Injectable()
export class CasesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly access: CaseAccess,
    private readonly views: CaseViews,
    private readonly caseEventFields: CaseEventFields,
    private readonly clock: Clock,
  ) {}

  async list(query: ListCasesQuery): Promise<Page<CaseView>> {
    const manager = this.transactions.manager;
    const rows = await manager.query<CaseRecord[]>(
      `SELECT ${CASE_COLUMNS} FROM reintegration_case
        WHERE ($1::text IS NULL OR bapas_code = $1)
          AND ($2::text IS NULL OR bapas_code = $2)
          AND ($3::text IS NULL OR status = $3)
          AND ($4::uuid IS NULL OR participant_id = $4)
          AND ($5::uuid IS NULL OR id > $5)
          AND ($7::timestamptz IS NULL OR ${CHANGED_SINCE_7})
        ORDER BY id LIMIT $6`,
      [
        readableBapas(currentCaller()),
        query.bapasCode ?? null,
        query.status ?? null,
        query.participantId ?? null,
        query.cursor ?? null,
        query.limit + 1,
        query.updatedSince ?? null,
      ],
    );
    const page = toPage(rows, query.limit);
    return { items: await this.views.of(manager, page.items), nextCursor: page.nextCursor };
  }

  async get(caseId: string): Promise<CaseView> {
    const manager = this.transactions.manager;
    const [view] = await this.views.of(manager, [await this.access.findVisible(manager, caseId)]);
    return view;
  }

  updatePathway(caseId: string, pathway: Pathway, change: UpdatePathwayDto): Promise<PathwayView> {
    return this.transactions.run(async (manager) => {
      const kase = await this.access.lockOpenForChange(manager, caseId);
      const [[updated]] = await manager.query<[PathwayView[], number]>(
        `UPDATE case_pathway SET status = $3, notes = COALESCE($4, notes), updated_at = $5
          WHERE case_id = $1 AND pathway = $2
          RETURNING pathway, status, notes, updated_at AS "updatedAt"`,
        [caseId, pathway, change.status, change.notes ?? null, this.clock.now()],
      );
      await this.events.publish(PathwayUpdatedV1, caseId, {
        ...(await this.caseEventFields.of(manager, kase.participantId)),
        pathway,
        status: change.status,
      });
      return updated;
    });
  }

  close(caseId: string, closing: CloseCaseDto): Promise<CaseView> {
    return this.transactions.run(async (manager) => {
      const kase = await this.access.lockOpenForChange(manager, caseId);
      const status = CloseOutcomes[closing.outcome];
      const [[closed]] = await manager.query<[CaseRecord[], number]>(
        `UPDATE reintegration_case SET status = $2, closed_at = $3, close_reason = $4 WHERE id = $1
         RETURNING ${CASE_COLUMNS}`,
        [caseId, status, this.clock.now(), closing.reason],
      );
      await this.events.publish(CaseClosedV1, caseId, {
        ...(await this.caseEventFields.of(manager, kase.participantId)),
        outcome: status,
      });
      const [view] = await this.views.of(manager, [closed]);
      return view;
    });
  }
}
