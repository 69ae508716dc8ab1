import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A party's signature keeps the signed-in officer who signed (user id and name), and history
 * entries keep the person's user id beside their name.
 */
export class SignaturesAndHistoryNamePerson1766300000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(
      `ALTER TABLE agreement_parties ADD COLUMN signed_by_user_id uuid, ADD COLUMN signed_by_user_name text`,
    );
    await runner.query(`ALTER TABLE agreement_history ADD COLUMN actor_user_id uuid`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE agreement_history DROP COLUMN actor_user_id`);
    await runner.query(
      `ALTER TABLE agreement_parties DROP COLUMN signed_by_user_id, DROP COLUMN signed_by_user_name`,
    );
  }
}
