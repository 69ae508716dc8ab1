import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A budget's ledger totals (ceiling, allocated, disbursed) kept on its row, so a balance is read in
 * one row instead of summing every ledger entry of the budget — which made reading a budget, and
 * locking it to approve an allocation, slower as its ledger grew. The ledger stays the record: a
 * statement trigger adds each inserted entry's changes to its budget in the same transaction, and
 * the ledger is append-only (updates, deletes and truncation are refused), so the totals always
 * equal the sums of the entries.
 */
export class BudgetLedgerTotals1766800000000 implements MigrationInterface {
  name = 'BudgetLedgerTotals1766800000000';

  async up(runner: QueryRunner) {
    await runner.query(`ALTER TABLE budgets
      ADD COLUMN ceiling_total bigint NOT NULL DEFAULT 0,
      ADD COLUMN allocated_total bigint NOT NULL DEFAULT 0,
      ADD COLUMN disbursed_total bigint NOT NULL DEFAULT 0`);
    await runner.query(`UPDATE budgets b
         SET ceiling_total = s.ceiling, allocated_total = s.allocated, disbursed_total = s.disbursed
        FROM (SELECT budget_id, SUM(ceiling_change) AS ceiling, SUM(allocated_change) AS allocated,
                     SUM(disbursed_change) AS disbursed
                FROM ledger_entries GROUP BY budget_id) s
       WHERE s.budget_id = b.id`);
    await runner.query(`CREATE FUNCTION add_ledger_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE budgets b
           SET ceiling_total = b.ceiling_total + s.ceiling,
               allocated_total = b.allocated_total + s.allocated,
               disbursed_total = b.disbursed_total + s.disbursed
          FROM (SELECT budget_id, SUM(ceiling_change) AS ceiling, SUM(allocated_change) AS allocated,
                       SUM(disbursed_change) AS disbursed
                  FROM inserted GROUP BY budget_id) s
         WHERE s.budget_id = b.id;
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER ledger_entries_totals AFTER INSERT ON ledger_entries
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION add_ledger_totals()`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP TRIGGER ledger_entries_totals ON ledger_entries`);
    await runner.query(`DROP FUNCTION add_ledger_totals()`);
    await runner.query(
      `ALTER TABLE budgets DROP COLUMN ceiling_total, DROP COLUMN allocated_total, DROP COLUMN disbursed_total`,
    );
  }
}
