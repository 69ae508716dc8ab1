import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local dates by agency: a completion keeps the facility's date of it (earlier ones their WIB date),
 * an agreement its time zone (for its grants' fiscal years).
 */
export class LocalDatesByAgency1766400000000 implements MigrationInterface {
  name = 'LocalDatesByAgency1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE training_completion ADD COLUMN completed_on date`);
    await runner.query(
      `UPDATE training_completion SET completed_on = (completed_at AT TIME ZONE 'Asia/Jakarta')::date`,
    );
    await runner.query(`ALTER TABLE training_completion ALTER COLUMN completed_on SET NOT NULL`);
    await runner.query(
      `ALTER TABLE agreement_party ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Jakarta'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreement_party DROP COLUMN time_zone`);
    await runner.query(`ALTER TABLE training_completion DROP COLUMN completed_on`);
  }
}
