import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An agreement's time zone, from `agreement.signed`: its "today" decides whether it has expired. */
export class AgreementTimeZone1766400000000 implements MigrationInterface {
  name = 'AgreementTimeZone1766400000000';

  async up(runner: QueryRunner) {
    await runner.query(`ALTER TABLE agreements ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE agreements DROP COLUMN time_zone`);
  }
}
