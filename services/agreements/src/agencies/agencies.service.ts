import { Injectable, NotFoundException } from '@nestjs/common';
import { AgencyRegisteredV1, AgencyUpdatedV1, DEFAULT_AGENCY_TIME_ZONE, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, DomainError, InvalidInputException, type Page, toPage } from '@sinergi/platform';
import type { AgencyListQuery, RegisterAgencyDto, UpdateAgencyDto } from './register-agency.dto';

export interface Agency {
  id: string;
  code: string;
  name: string;
  kind: string;
  regionCode: string;
  /** Whose local dates the agency keeps (docs/domain.md, "Local dates"). */
  timeZone: string;
  registeredAt: string;
  updatedAt: string;
}

const COLUMNS = `id, code, name, kind, region_code AS "regionCode", time_zone AS "timeZone",
  registered_at AS "registeredAt", updated_at AS "updatedAt"`;

/** The agency as its events carry it. */
const announced = (agency: Agency) => ({
  code: agency.code,
  kind: agency.kind,
  regionCode: agency.regionCode,
  name: agency.name,
  timeZone: agency.timeZone,
});

@Injectable()
export class AgenciesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  register(dto: RegisterAgencyDto): Promise<Agency> {
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const rows: Agency[] = await manager.query(
        `INSERT INTO agencies (id, code, name, kind, region_code, time_zone, registered_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (code) DO NOTHING
         RETURNING ${COLUMNS}`,
        [
          uuidv7(),
          dto.code,
          dto.name,
          dto.kind,
          dto.regionCode,
          dto.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
          now,
        ],
      );
      if (rows.length === 0)
        throw new DomainError('agency.already-registered', `agency ${dto.code} is already registered`);
      await this.events.publish(AgencyRegisteredV1, dto.code, announced(rows[0]));
      return rows[0];
    });
  }

  /**
   * Renames an agency or moves it to another time zone. Agreements already signed keep the zone
   * they were signed in (docs/domain.md); later signatures, programs and releases use the new one.
   */
  update(code: string, dto: UpdateAgencyDto): Promise<Agency> {
    if (dto.name === undefined && dto.timeZone === undefined)
      throw new InvalidInputException([{ field: 'name', message: 'give name or timeZone to change' }]);
    return this.transactions.run(async (manager) => {
      const [rows]: [Agency[], number] = await manager.query(
        `UPDATE agencies SET name = COALESCE($2, name), time_zone = COALESCE($3, time_zone), updated_at = $4
          WHERE code = $1
          RETURNING ${COLUMNS}`,
        [code, dto.name ?? null, dto.timeZone ?? null, this.clock.now()],
      );
      if (rows.length === 0) throw new NotFoundException(`agency ${code} not found`);
      await this.events.publish(AgencyUpdatedV1, code, announced(rows[0]));
      return rows[0];
    });
  }

  async list(query: AgencyListQuery): Promise<Page<Agency>> {
    const rows: Agency[] = await this.transactions.manager.query(
      `SELECT ${COLUMNS} FROM agencies
        WHERE ($1::uuid IS NULL OR id > $1) AND ($2::text IS NULL OR kind = $2)
          AND ($4::timestamptz IS NULL OR updated_at >= $4)
        ORDER BY id LIMIT $3`,
      [query.cursor ?? null, query.kind ?? null, query.limit + 1, query.updatedSince ?? null],
    );
    return toPage(rows, query.limit);
  }

  async get(code: string): Promise<Agency> {
    const rows: Agency[] = await this.transactions.manager.query(
      `SELECT ${COLUMNS} FROM agencies WHERE code = $1`,
      [code],
    );
    if (rows.length === 0) throw new NotFoundException(`agency ${code} not found`);
    return rows[0];
  }
}
