import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal-data access log keeps the reason an officer gave to see a participant's full NIK
 * (`POST /participants/{id}/nik-disclosures`); reads that need none (and rows written before) have null.
 */
export class AccessLogReason1766500000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(`ALTER TABLE personal_data_access ADD COLUMN reason text`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE personal_data_access DROP COLUMN reason`);
  }
}
