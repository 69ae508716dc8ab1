import { Injectable } from '@nestjs/common';
import { uuidv7 } from '@sinergi/contracts';
import { toPage, type CallerIdentity, type Page } from '@sinergi/platform';
import { DataSource } from 'typeorm';
import type { AuditQuery } from './dto';

export interface AuditWrite {
  caller: CallerIdentity;
  method: string;
  /** The route template, e.g. `POST /agreements/:id/sign`. */
  route: string;
  path: string;
  status: number;
  correlationId?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { clientId: string; agencyCode: string; userId: string | null; name: string | null };
  method: string;
  route: string;
  path: string;
  status: number;
  correlationId: string | null;
}

/** The smallest time-ordered id of a moment: entries are keyed by UUIDv7, so time ranges use the primary key. */
function firstIdAt(iso: string): string {
  const hex = new Date(iso).getTime().toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-0000-0000-000000000000`;
}

/** Who did what through the public API: every write, by client or signed-in person, with its outcome. */
@Injectable()
export class AuditTrail {
  constructor(private readonly dataSource: DataSource) {}

  async record(write: AuditWrite): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_entry (id, at, actor, agency_code, method, route, path, status, correlation_id)
       VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8)`,
      [
        uuidv7(),
        write.caller.clientId,
        write.caller.agencyCode,
        write.method,
        write.route,
        write.path,
        write.status,
        write.correlationId ?? null,
      ],
    );
  }

  /** Oldest first; a person's entries carry their name (`user:<id>` actors are officers' accounts). */
  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const rows = await this.dataSource.query<
      Array<Omit<AuditEntry, 'actor'> & { clientId: string; agencyCode: string; name: string | null }>
    >(
      `SELECT e.id, e.at, e.actor AS "clientId", e.agency_code AS "agencyCode", e.method, e.route, e.path,
              e.status, e.correlation_id AS "correlationId", u.name
         FROM audit_entry e
         LEFT JOIN users u ON u.id = CASE WHEN e.actor LIKE 'user:%' THEN substr(e.actor, 6)::uuid END
        WHERE ($1::uuid IS NULL OR e.id > $1)
          AND ($2::text IS NULL OR e.actor = $2)
          AND ($3::text IS NULL OR e.agency_code = $3)
          AND ($4::uuid IS NULL OR e.id >= $4)
          AND ($5::uuid IS NULL OR e.id < $5)
        ORDER BY e.id
        LIMIT $6`,
      [
        query.cursor ?? null,
        query.actor ?? null,
        query.agency ?? null,
        query.from ? firstIdAt(query.from) : null,
        query.to ? firstIdAt(query.to) : null,
        query.limit + 1,
      ],
    );
    const entries = rows.map(({ clientId, agencyCode, name, ...entry }) => ({
      ...entry,
      at: new Date(entry.at).toISOString(),
      actor: {
        clientId,
        agencyCode,
        userId: clientId.startsWith('user:') ? clientId.slice(5) : null,
        name,
      },
    }));
    return toPage(entries, query.limit);
  }
}
