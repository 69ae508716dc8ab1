import { Injectable } from '@nestjs/common';
import { uuidv7 } from '@sinergi/contracts';
import type { EntityManager } from 'typeorm';

export const HistoryActions = [
  'DRAFTED',
  'UPDATED',
  'SUBMITTED',
  'SIGNED',
  'ACTIVATED',
  'AMENDED',
  'TERMINATED',
  'EXPIRED',
] as const;
export type HistoryAction = (typeof HistoryActions)[number];

/** Old and new value of every changed field. */
export type FieldChanges = Record<string, { old: unknown; new: unknown }>;

export interface HistoryEntry {
  agreementId: string;
  version: number;
  action: HistoryAction;
  actor: {
    clientId: string;
    agencyCode: string | null;
    userId?: string | null;
    userName?: string | null;
  };
  at: Date;
  reason?: string | null;
  changes?: FieldChanges | Record<string, unknown> | null;
}

export const SCHEDULER_ACTOR = { clientId: 'scheduler', agencyCode: null };

/** The readable record of who did what to an agreement, when and why. */
@Injectable()
export class AgreementHistory {
  async record(manager: EntityManager, entry: HistoryEntry): Promise<void> {
    await manager.query(
      `INSERT INTO agreement_history (id, agreement_id, version, action, actor_client_id, actor_agency_code,
                                      actor_user_id, actor_user_name, at, reason, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        uuidv7(),
        entry.agreementId,
        entry.version,
        entry.action,
        entry.actor.clientId,
        entry.actor.agencyCode,
        entry.actor.userId ?? null,
        entry.actor.userName ?? null,
        entry.at,
        entry.reason ?? null,
        entry.changes ? JSON.stringify(entry.changes) : null,
      ],
    );
  }

  async read(manager: EntityManager, agreementId: string) {
    const versions = await manager.query(
      `SELECT version, effective_from AS "effectiveFrom", terms FROM agreement_versions
        WHERE agreement_id = $1 ORDER BY version`,
      [agreementId],
    );
    const entries: Array<{
      version: number;
      action: HistoryAction;
      clientId: string;
      agencyCode: string | null;
      userId: string | null;
      userName: string | null;
      at: string;
      reason: string | null;
      changes: FieldChanges | null;
    }> = await manager.query(
      `SELECT version, action, actor_client_id AS "clientId", actor_agency_code AS "agencyCode",
              actor_user_id AS "userId", actor_user_name AS "userName", at, reason, changes
         FROM agreement_history WHERE agreement_id = $1 ORDER BY seq`,
      [agreementId],
    );
    // `userId` and `userName` only for people (API clients and the scheduler have none).
    const events = entries.map(({ clientId, agencyCode, userId, userName, ...entry }) => ({
      ...entry,
      by: { clientId, agencyCode, ...(userId ? { userId, userName: userName ?? '' } : {}) },
    }));
    const amendments = events
      .filter((e) => e.action === 'AMENDED')
      .map((e) => ({
        version: e.version,
        reason: e.reason,
        changes: e.changes,
        amendedBy: e.by,
        amendedAt: e.at,
      }));
    return { versions, amendments, events };
  }
}
