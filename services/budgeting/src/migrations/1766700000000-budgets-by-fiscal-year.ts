import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The budgets of a fiscal year, per agreement: the dashboard's summary and the lists filtered by both. */
export class BudgetsByFiscalYear1766700000000 implements MigrationInterface {
  name = 'BudgetsByFiscalYear1766700000000';

  async up(runner: QueryRunner) {
    await runner.query(`CREATE INDEX budgets_fiscal_year_agreement ON budgets (fiscal_year, agreement_id)`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX budgets_fiscal_year_agreement`);
  }
}
