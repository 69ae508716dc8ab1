import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Budget ceilings and disbursed totals are summed per agreement and fiscal year (indicator actuals). */
export class IndicatorFactsByAgreement1766500000000 implements MigrationInterface {
  name = 'IndicatorFactsByAgreement1766500000000';

  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE INDEX budget_ceilings_agreement_year ON budget_ceilings (agreement_id, fiscal_year)`,
    );
    await runner.query(
      `CREATE INDEX allocation_disbursements_agreement_year ON allocation_disbursements (agreement_id, fiscal_year)`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX allocation_disbursements_agreement_year`);
    await runner.query(`DROP INDEX budget_ceilings_agreement_year`);
  }
}
