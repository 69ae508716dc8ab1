import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes in each list's page order (by id): agreements of a status, and the agreements an agency
 * is a party to, so a page reads its own rows only, however many others the tables hold; work
 * plans of a fiscal year for the summaries.
 */
export class ListOrderIndexes1767100000000 implements MigrationInterface {
  name = 'ListOrderIndexes1767100000000';

  async up(runner: QueryRunner) {
    await runner.query(`CREATE INDEX agreements_status_id ON agreements (status, id)`);
    await runner.query(`DROP INDEX agreements_status`);
    await runner.query(
      `CREATE INDEX agreement_parties_agency_agreement ON agreement_parties (agency_code, agreement_id)`,
    );
    await runner.query(`DROP INDEX agreement_parties_agency`);
    await runner.query(`CREATE INDEX work_plans_fiscal_year ON work_plans (fiscal_year, agreement_id)`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX work_plans_fiscal_year`);
    await runner.query(`CREATE INDEX agreement_parties_agency ON agreement_parties (agency_code)`);
    await runner.query(`DROP INDEX agreement_parties_agency_agreement`);
    await runner.query(`CREATE INDEX agreements_status ON agreements (status)`);
    await runner.query(`DROP INDEX agreements_status_id`);
  }
}
