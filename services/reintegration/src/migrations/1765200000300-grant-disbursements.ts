import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What budgeting has paid out on each funded grant (its allocation's running total). */
export class GrantDisbursements1765200000300 implements MigrationInterface {
  name = 'GrantDisbursements1765200000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE start_up_grant ADD COLUMN disbursed bigint NOT NULL DEFAULT 0`);
    await runner.query(`ALTER TABLE start_up_grant ADD COLUMN last_disbursed_on date`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE start_up_grant DROP COLUMN last_disbursed_on, DROP COLUMN disbursed`);
  }
}
