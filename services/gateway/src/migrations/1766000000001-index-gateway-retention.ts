import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the data lifecycle find expired idempotency records and rate-limit windows without reading the tables. */
export class IndexGatewayRetention1766000000001 implements MigrationInterface {
  name = 'IndexGatewayRetention1766000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
    await runner.query(`CREATE INDEX rate_limit_windows_window_start ON rate_limit_windows (window_start)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX rate_limit_windows_window_start`);
    await runner.query(`DROP INDEX idempotency_keys_created_at`);
  }
}
