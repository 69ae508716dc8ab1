import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers kept for Idempotency-Key replays are sealed (AES-256-GCM) or, when they carry a secret,
 * not kept; requests are a keyed hash. Records written before held plaintext answers (personal data,
 * client secrets) and plain request hashes: they are deleted, not converted.
 */
export class SealIdempotencyAnswers1765100000000 implements MigrationInterface {
  name = 'SealIdempotencyAnswers1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM idempotency_keys`);
    await runner.query(`ALTER TABLE idempotency_keys DROP COLUMN body, ADD COLUMN body_sealed text`);
    await runner.query(`CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX idempotency_keys_by_age`);
    await runner.query(`DELETE FROM idempotency_keys`);
    await runner.query(`ALTER TABLE idempotency_keys DROP COLUMN body_sealed, ADD COLUMN body text`);
  }
}
