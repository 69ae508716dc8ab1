import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A probation officer's participant list (the people their BAPAS supervises, by id) reads an index
 * of its own, as a program officer's reads `participant_facility`, instead of walking every
 * participant by id until a page of theirs is found.
 */
export class ParticipantBapasIndex1766600000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE INDEX participant_bapas ON participant (bapas_code, id) WHERE bapas_code IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX participant_bapas`);
  }
}
