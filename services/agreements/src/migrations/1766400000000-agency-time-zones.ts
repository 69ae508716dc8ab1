import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies have a time zone (WIB, WITA or WIT; WIB for those registered before), and an agreement
 * keeps the zone of its first party, fixed at the last signature, for its activation and expiry.
 */
export class AgencyTimeZones1766400000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(`
      ALTER TABLE agencies ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'
        CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))`);
    await runner.query(`ALTER TABLE agencies ADD COLUMN updated_at timestamptz`);
    await runner.query(`UPDATE agencies SET updated_at = registered_at`);
    await runner.query(`ALTER TABLE agencies ALTER COLUMN updated_at SET NOT NULL`);
    await runner.query(`
      ALTER TABLE agreements ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'
        CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE agreements DROP COLUMN time_zone`);
    await runner.query(`ALTER TABLE agencies DROP COLUMN updated_at`);
    await runner.query(`ALTER TABLE agencies DROP COLUMN time_zone`);
  }
}
