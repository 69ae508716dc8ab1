import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGatewayTables1764500000000 implements MigrationInterface {
  name = 'CreateGatewayTables1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE api_clients (
        client_id   text PRIMARY KEY,
        name        text        NOT NULL,
        agency_code text        NOT NULL,
        roles       text[]      NOT NULL,
        secret_hash text        NOT NULL,
        created_by  text,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE idempotency_keys (
        client_id    text        NOT NULL,
        key          text        NOT NULL,
        request_hash text        NOT NULL,
        status_code  int,
        content_type text,
        body         text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (client_id, key)
      )`);
    await runner.query(`
      CREATE TABLE rate_limit_windows (
        client_id    text        NOT NULL,
        window_start timestamptz NOT NULL,
        requests     int         NOT NULL,
        PRIMARY KEY (client_id, window_start)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE rate_limit_windows`);
    await runner.query(`DROP TABLE idempotency_keys`);
    await runner.query(`DROP TABLE api_clients`);
  }
}
