import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';

/**
 * Projections built from events, saying which agencies an event concerns: the parties of each
 * agreement, the facility running each program, the BAPAS holding each case. Read and written in
 * the transaction of the event being handled.
 */
@Injectable()
export class AudienceRegistry {
  constructor(private readonly transactions: Transactions) {}

  /** The parties of an agreement as its latest draft or signature names them. */
  async setParties(agreementId: string, agencyCodes: string[]): Promise<void> {
    const db = this.transactions.manager;
    await db.query(`DELETE FROM agreement_parties WHERE agreement_id = $1`, [agreementId]);
    await db.query(
      `INSERT INTO agreement_parties (agreement_id, agency_code) SELECT $1, unnest($2::text[])
       ON CONFLICT DO NOTHING`,
      [agreementId, agencyCodes],
    );
  }

  async partiesOf(agreementIds: Array<string | null | undefined>): Promise<string[]> {
    const ids = agreementIds.filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) return [];
    const rows: Array<{ agency_code: string }> = await this.transactions.manager.query(
      `SELECT DISTINCT agency_code FROM agreement_parties WHERE agreement_id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => r.agency_code);
  }

  async recordProgram(programId: string, facilityCode: string, agreementId: string): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO program_facilities (program_id, facility_code, agreement_id) VALUES ($1, $2, $3)
       ON CONFLICT (program_id) DO UPDATE SET facility_code = $2, agreement_id = $3`,
      [programId, facilityCode, agreementId],
    );
  }

  async facilityOf(programId: string | null | undefined): Promise<string[]> {
    if (!programId) return [];
    const rows: Array<{ facility_code: string }> = await this.transactions.manager.query(
      `SELECT facility_code FROM program_facilities WHERE program_id = $1`,
      [programId],
    );
    return rows.map((r) => r.facility_code);
  }

  async recordCase(caseId: string, bapasCode: string): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO case_holders (case_id, bapas_code) VALUES ($1, $2)
       ON CONFLICT (case_id) DO UPDATE SET bapas_code = $2`,
      [caseId, bapasCode],
    );
  }

  async holderOf(caseId: string | null | undefined): Promise<string[]> {
    if (!caseId) return [];
    const rows: Array<{ bapas_code: string }> = await this.transactions.manager.query(
      `SELECT bapas_code FROM case_holders WHERE case_id = $1`,
      [caseId],
    );
    return rows.map((r) => r.bapas_code);
  }
}
