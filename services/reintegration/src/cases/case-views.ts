import { Injectable } from '@nestjs/common';
import { Pathways } from '@sinergi/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseRecord, PathwayView, TrainingRecord } from './case.model';

export interface CaseView extends CaseRecord {
  pathways: PathwayView[];
  trainingHistory: TrainingRecord[];
  placements: object[];
  followUps: object[];
  grants: object[];
  reoffence: object | null;
}

export const PLACEMENT_COLUMNS = `id, case_id AS "caseId", kind, organisation_name AS "organisationName", position,
  employment_type AS "employmentType", sector, to_char(start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(end_date, 'YYYY-MM-DD') AS "endDate", recorded_at AS "recordedAt"`;

export const FOLLOW_UP_COLUMNS = `id, case_id AS "caseId", to_char(date, 'YYYY-MM-DD') AS date, kind, notes,
  employment_status AS "employmentStatus", recorded_at AS "recordedAt"`;

export const GRANT_COLUMNS = `id, case_id AS "caseId", agreement_id AS "agreementId", amount::float8 AS amount, purpose,
  fiscal_year AS "fiscalYear", status, allocation_id AS "allocationId", rejection_reason AS "rejectionReason",
  requested_at AS "requestedAt", decided_at AS "decidedAt", disbursed::float8 AS disbursed,
  to_char(last_disbursed_on, 'YYYY-MM-DD') AS "lastDisbursedOn"`;

export const REOFFENCE_COLUMNS = `id, case_id AS "caseId", to_char(date, 'YYYY-MM-DD') AS date, kind, notes,
  recorded_at AS "recordedAt"`;

const TRAINING_COLUMNS = `enrollment_id AS "enrollmentId", program_id AS "programId", agreement_id AS "agreementId",
  track, category, score, certificate_number AS "certificateNumber", completed_at AS "completedAt"`;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Assembles full case views (pathways, training history, placements, …) for a page of cases at once. */
@Injectable()
export class CaseViews {
  async of(manager: EntityManager, cases: CaseRecord[]): Promise<CaseView[]> {
    if (cases.length === 0) return [];
    const caseIds = cases.map((c) => c.id);
    const participantIds = [...new Set(cases.map((c) => c.participantId))];
    const byCase = <T extends { caseId: string } = { caseId: string }>(sql: string) =>
      manager.query<T[]>(sql, [caseIds]).then((rows) => groupBy(rows, (r) => r.caseId));

    // One query at a time: a transaction's connection runs them one after another anyway.
    const pathways = await byCase<PathwayView & { caseId: string }>(
      `SELECT case_id AS "caseId", pathway, status, notes, updated_at AS "updatedAt"
         FROM case_pathway WHERE case_id = ANY($1)`,
    );
    const training = groupBy(
      await manager.query<Array<TrainingRecord & { participantId: string }>>(
        `SELECT participant_id AS "participantId", ${TRAINING_COLUMNS} FROM training_completion
          WHERE participant_id = ANY($1) ORDER BY completed_at, enrollment_id`,
        [participantIds],
      ),
      (r) => r.participantId,
    );
    const placements = await byCase(
      `SELECT ${PLACEMENT_COLUMNS} FROM placement WHERE case_id = ANY($1) ORDER BY id`,
    );
    const followUps = await byCase(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_up WHERE case_id = ANY($1) ORDER BY id`,
    );
    const grants = await byCase(
      `SELECT ${GRANT_COLUMNS} FROM start_up_grant WHERE case_id = ANY($1) ORDER BY id`,
    );
    const reoffences = await byCase(`SELECT ${REOFFENCE_COLUMNS} FROM reoffence WHERE case_id = ANY($1)`);

    return cases.map((c) => ({
      ...c,
      pathways: (pathways.get(c.id) ?? [])
        .map(({ caseId: _, ...pathway }) => pathway)
        .sort((a, b) => Pathways.indexOf(a.pathway) - Pathways.indexOf(b.pathway)),
      trainingHistory: (training.get(c.participantId) ?? []).map(({ participantId: _, ...record }) => record),
      placements: placements.get(c.id) ?? [],
      followUps: followUps.get(c.id) ?? [],
      grants: grants.get(c.id) ?? [],
      reoffence: reoffences.get(c.id)?.[0] ?? null,
    }));
  }
}
