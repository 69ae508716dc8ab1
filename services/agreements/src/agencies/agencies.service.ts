import { Injectable, NotFoundException } from '@nestjs/common';
import { AgencyRegisteredV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, DomainError, type Page, toPage } from '@sinergi/platform';
import type { AgencyListQuery, RegisterAgencyDto } from './register-agency.dto';

export interface Agency {
  id: string;
  code: string;
  name: string;
  kind: string;
  regionCode: string;
  registeredAt: string;
}

const COLUMNS = `id, code, name, kind, region_code AS "regionCode", registered_at AS "registeredAt"`;

@Injectable()
export class AgenciesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  register(dto: RegisterAgencyDto): Promise<Agency> {
    return this.transactions.run(async (manager) => {
      const rows: Agency[] = await manager.query(
        `INSERT INTO agencies (id, code, name, kind, region_code, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (code) DO NOTHING
         RETURNING ${COLUMNS}`,
        [uuidv7(), dto.code, dto.name, dto.kind, dto.regionCode, this.clock.now()],
      );
      if (rows.length === 0)
        throw new DomainError('agency.already-registered', `agency ${dto.code} is already registered`);
      await this.events.publish(AgencyRegisteredV1, dto.code, {
        code: dto.code,
        kind: dto.kind,
        regionCode: dto.regionCode,
        name: dto.name,
      });
      return rows[0];
    });
  }

  async list(query: AgencyListQuery): Promise<Page<Agency>> {
    const rows: Agency[] = await this.transactions.manager.query(
      `SELECT ${COLUMNS} FROM agencies
        WHERE ($1::uuid IS NULL OR id > $1) AND ($2::text IS NULL OR kind = $2)
          AND ($4::timestamptz IS NULL OR registered_at >= $4)
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
