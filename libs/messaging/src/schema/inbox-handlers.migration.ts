import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox records which handlers ran for each event (`Class.method` names), so a handler added
 * later can be given past events by `npm run replay` without running the others again. Rows
 * recorded before this column (NULL) count as handled by every handler.
 */
export class InboxHandlerNames1765200000000 implements MigrationInterface {
  name = 'InboxHandlerNames1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE inbox ADD COLUMN handlers text[]`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE inbox DROP COLUMN handlers`);
  }
}
