import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keys whose forwarded command timed out stay claimed, "in doubt", until the service answers a retry. */
export class IdempotencyInDoubt1765000000000 implements MigrationInterface {
  name = 'IdempotencyInDoubt1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE idempotency_keys ADD COLUMN in_doubt boolean NOT NULL DEFAULT false`);
    await runner.query(
      `ALTER TABLE idempotency_keys ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now()`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE idempotency_keys DROP COLUMN claimed_at, DROP COLUMN in_doubt`);
  }
}
