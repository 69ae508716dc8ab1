import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Command keys (`Idempotency-Key` forwarded by the gateway) with the answer of their first run. */
export class CreateCommandKeys1765000000000 implements MigrationInterface {
  name = 'CreateCommandKeys1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE command_keys (
        client_id    text        NOT NULL,
        key          text        NOT NULL,
        request_hash text        NOT NULL,
        status_code  int         NOT NULL,
        body         text,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (client_id, key)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE command_keys`);
  }
}
