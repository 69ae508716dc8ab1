import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A payment reference is recorded once per allocation: a repeated payment order cannot pay twice. */
export class DisbursementReferenceUnique1765000000001 implements MigrationInterface {
  name = 'DisbursementReferenceUnique1765000000001';

  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE UNIQUE INDEX disbursements_allocation_reference ON disbursements (allocation_id, reference)`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX disbursements_allocation_reference`);
  }
}
