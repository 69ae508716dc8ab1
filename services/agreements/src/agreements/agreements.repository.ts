import { Injectable, NotFoundException } from '@nestjs/common';
import { personFrom, type CallerIdentity } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { seesEveryAgreement } from '../access/agreement-access';
import type { Agreement, AgreementTerms, Party } from './agreement.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const COLUMNS = `
  a.id, a.kind, a.parent_agreement_id AS "parentAgreementId", a.number, a.title, a.scopes,
  a.clauses, a.status, a.version, a.start_date::text AS "startDate", a.end_date::text AS "endDate",
  a.termination_reason AS "terminationReason", a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

export interface AgreementFilter {
  status?: string;
  partyCode?: string;
  cursor?: string;
  /** Changed (edited, signed, amended, ended) at or after this instant. */
  updatedSince?: string;
  limit: number;
}

/** Reads agreements with their parties, and writes the rows every command shares. */
@Injectable()
export class AgreementsRepository {
  /** The agreement if the caller may see it (404 otherwise, as if absent); `lock` holds it for update. */
  async findVisible(
    manager: EntityManager,
    id: string,
    caller: CallerIdentity,
    options: { lock?: boolean } = {},
  ): Promise<Agreement> {
    const agreement = UUID.test(id) ? await this.find(manager, id, options.lock) : undefined;
    if (
      !agreement ||
      (!seesEveryAgreement(caller) && !agreement.parties.some((p) => p.code === caller.agencyCode))
    ) {
      throw new NotFoundException(`agreement ${id} not found`);
    }
    return agreement;
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<Agreement | undefined> {
    const rows: Omit<Agreement, 'parties'>[] = await manager.query(
      `SELECT ${COLUMNS} FROM agreements a WHERE a.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (rows.length === 0) return undefined;
    const [agreement] = await this.withParties(manager, rows);
    return agreement;
  }

  async list(manager: EntityManager, caller: CallerIdentity, filter: AgreementFilter): Promise<Agreement[]> {
    const scopeAgency = seesEveryAgreement(caller) ? null : caller.agencyCode;
    const rows: Omit<Agreement, 'parties'>[] = await manager.query(
      `SELECT ${COLUMNS} FROM agreements a
        WHERE ($1::uuid IS NULL OR a.id > $1)
          AND ($2::text IS NULL OR a.status = $2)
          AND ($3::text IS NULL OR EXISTS (
                SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND p.agency_code = $3))
          AND ($4::text IS NULL OR EXISTS (
                SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND p.agency_code = $4))
          AND ($6::timestamptz IS NULL OR a.updated_at >= $6 OR EXISTS (
                SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND p.signed_at >= $6))
        ORDER BY a.id LIMIT $5`,
      [
        filter.cursor ?? null,
        filter.status ?? null,
        filter.partyCode ?? null,
        scopeAgency,
        filter.limit + 1,
        filter.updatedSince ?? null,
      ],
    );
    return this.withParties(manager, rows);
  }

  private async withParties(
    manager: EntityManager,
    rows: Omit<Agreement, 'parties'>[],
  ): Promise<Agreement[]> {
    if (rows.length === 0) return [];
    const parties: Array<
      Omit<Party, 'signedByUser'> & { agreementId: string; userId: string | null; userName: string | null }
    > = await manager.query(
      `SELECT agreement_id AS "agreementId", agency_code AS code, signed_at AS "signedAt",
              signatory_name AS "signatoryName", signatory_title AS "signatoryTitle",
              signed_by_user_id AS "userId", signed_by_user_name AS "userName"
         FROM agreement_parties WHERE agreement_id = ANY($1::uuid[]) ORDER BY position`,
      [rows.map((r) => r.id)],
    );
    return rows.map((row) => ({
      ...row,
      parties: parties
        .filter((p) => p.agreementId === row.id)
        .map(({ code, signedAt, signatoryName, signatoryTitle, userId, userName }) => ({
          code,
          signedAt,
          signatoryName,
          signatoryTitle,
          signedByUser: personFrom(userId, userName),
        })),
    }));
  }

  async replaceParties(manager: EntityManager, agreementId: string, partyCodes: string[]) {
    await manager.query(`DELETE FROM agreement_parties WHERE agreement_id = $1`, [agreementId]);
    await manager.query(
      `INSERT INTO agreement_parties (agreement_id, agency_code, position)
       SELECT $1, code, ordinality FROM unnest($2::text[]) WITH ORDINALITY AS t(code, ordinality)`,
      [agreementId, partyCodes],
    );
  }

  /** Keeps the terms of `version` (the draft's version 1 is rewritten by every edit). */
  async saveVersion(
    manager: EntityManager,
    agreementId: string,
    version: number,
    terms: AgreementTerms,
    at: Date,
  ) {
    await manager.query(
      `INSERT INTO agreement_versions (agreement_id, version, terms, effective_from) VALUES ($1, $2, $3, $4)
       ON CONFLICT (agreement_id, version) DO UPDATE SET terms = EXCLUDED.terms, effective_from = EXCLUDED.effective_from`,
      [agreementId, version, JSON.stringify(terms), at],
    );
  }
}
