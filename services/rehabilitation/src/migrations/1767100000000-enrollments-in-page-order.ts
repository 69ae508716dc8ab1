import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A program's enrolments in their page order (by id), read without sorting the program's rows. */
export class EnrollmentsInPageOrder1767100000000 implements MigrationInterface {
  name = 'EnrollmentsInPageOrder1767100000000';

  async up(runner: QueryRunner) {
    await runner.query(`CREATE INDEX enrollment_program_id ON enrollment (program_id, id)`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX enrollment_program_id`);
  }
}
