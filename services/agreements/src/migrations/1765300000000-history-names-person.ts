import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A history entry made by a signed-in person names them, beside the client id `user:<id>`. */
export class HistoryNamesPerson1765300000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(`ALTER TABLE agreement_history ADD COLUMN actor_user_name text`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE agreement_history DROP COLUMN actor_user_name`);
  }
}
