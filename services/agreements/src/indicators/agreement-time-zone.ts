import { DEFAULT_AGENCY_TIME_ZONE } from '@sinergi/contracts';
import type { EntityManager } from 'typeorm';

/** The time zone whose local dates an agreement follows (its first party's; docs/domain.md). */
export async function agreementTimeZone(manager: EntityManager, agreementId: string): Promise<string> {
  const rows: Array<{ timeZone: string }> = await manager.query(
    `SELECT time_zone AS "timeZone" FROM agreements WHERE id = $1`,
    [agreementId],
  );
  return rows[0]?.timeZone ?? DEFAULT_AGENCY_TIME_ZONE;
}
