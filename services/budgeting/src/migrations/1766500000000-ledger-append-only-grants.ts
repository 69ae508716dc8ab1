import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks the ledger append-only, so that after every migration run the runtime role keeps only
 * INSERT and SELECT on it (libs/platform's restrictRuntimeRole): its trigger refuses UPDATE and
 * DELETE from anyone, and the role is no longer even granted them.
 */
export class LedgerAppendOnlyGrants1766500000000 implements MigrationInterface {
  name = 'LedgerAppendOnlyGrants1766500000000';

  async up(runner: QueryRunner) {
    await runner.query(
      `COMMENT ON TABLE ledger_entries IS 'append-only: entries are corrected by new entries, never changed'`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`COMMENT ON TABLE ledger_entries IS NULL`);
  }
}
