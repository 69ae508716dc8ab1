import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ledger entries and allocation decisions made by a signed-in officer keep that person (user id
 * and name) beside the acting client id `user:<id>`. Adding nullable columns rewrites no row, so
 * the ledger's append-only trigger is not involved.
 */
export class LedgerAndDecisionsNamePerson1766300000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(
      `ALTER TABLE ledger_entries ADD COLUMN recorded_by_user_id uuid, ADD COLUMN recorded_by_user_name text`,
    );
    await runner.query(
      `ALTER TABLE allocations ADD COLUMN decided_by_user_id uuid, ADD COLUMN decided_by_user_name text`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(
      `ALTER TABLE allocations DROP COLUMN decided_by_user_id, DROP COLUMN decided_by_user_name`,
    );
    await runner.query(
      `ALTER TABLE ledger_entries DROP COLUMN recorded_by_user_id, DROP COLUMN recorded_by_user_name`,
    );
  }
}
