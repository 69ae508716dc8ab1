import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies' and agreements' time zones, learned from their events: a facility's date decides its
 * certificate years and which sessions are past, an agreement's date whether it is in force.
 */
export class KnownTimeZones1766400000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(`ALTER TABLE known_agency ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'`);
    await runner.query(
      `ALTER TABLE known_agreement ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE known_agreement DROP COLUMN time_zone`);
    await runner.query(`ALTER TABLE known_agency DROP COLUMN time_zone`);
  }
}
