import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes in each list's page order: a budget's ledger by `seq`, allocations by id under their
 * agreement, budget or status. A page then reads its own rows only, however many other budgets,
 * agreements or decided allocations the tables hold.
 */
export class ListOrderIndexes1767100000000 implements MigrationInterface {
  name = 'ListOrderIndexes1767100000000';

  async up(runner: QueryRunner) {
    await runner.query(`CREATE INDEX ledger_entries_budget_seq ON ledger_entries (budget_id, seq)`);
    await runner.query(`DROP INDEX ledger_entries_budget`);
    await runner.query(`CREATE INDEX allocations_budget_id ON allocations (budget_id, id)`);
    await runner.query(`DROP INDEX allocations_budget`);
    await runner.query(`CREATE INDEX allocations_agreement_id ON allocations (agreement_id, id)`);
    await runner.query(`CREATE INDEX allocations_status_id ON allocations (status, id)`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX allocations_status_id`);
    await runner.query(`DROP INDEX allocations_agreement_id`);
    await runner.query(`CREATE INDEX allocations_budget ON allocations (budget_id)`);
    await runner.query(`DROP INDEX allocations_budget_id`);
    await runner.query(`CREATE INDEX ledger_entries_budget ON ledger_entries (budget_id)`);
    await runner.query(`DROP INDEX ledger_entries_budget_seq`);
  }
}
