import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full name and birth date of participants are kept only encrypted, like the NIK. Rows written
 * before are sealed by the service at start (SealPlaintextParticipants: the key is not available to
 * migrations), which then empties their plaintext columns.
 */
export class SealParticipantPersonalData1765100000000 implements MigrationInterface {
  name = 'SealParticipantPersonalData1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE participant ADD COLUMN full_name_sealed text, ADD COLUMN birth_date_sealed text`,
    );
    await runner.query(
      `ALTER TABLE participant ALTER COLUMN full_name DROP NOT NULL, ALTER COLUMN birth_date DROP NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE participant DROP COLUMN full_name_sealed, DROP COLUMN birth_date_sealed`);
  }
}
