import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the data lifecycle find expired rate-limit windows without reading the table. */
export class IndexRateLimitWindows1766000000001 implements MigrationInterface {
  name = 'IndexRateLimitWindows1766000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX rate_limit_windows_window_start ON rate_limit_windows (window_start)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX rate_limit_windows_window_start`);
  }
}
