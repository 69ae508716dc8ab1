import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API clients can be disabled, and their tokens issued before a disable or a secret rotation refused. */
export class RevocableClients1766100000000 implements MigrationInterface {
  name = 'RevocableClients1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE api_clients
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN disabled_by text,
        ADD COLUMN tokens_not_before timestamptz,
        ADD COLUMN secret_rotated_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE api_clients DROP COLUMN disabled_at, DROP COLUMN disabled_by, DROP COLUMN tokens_not_before,
        DROP COLUMN secret_rotated_at`);
  }
}
