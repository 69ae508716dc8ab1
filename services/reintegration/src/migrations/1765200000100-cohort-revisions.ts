import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The latest revision number of each person's announced recidivism cohorts. */
export class CohortRevisions1765200000100 implements MigrationInterface {
  name = 'CohortRevisions1765200000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cohort_revision (
        participant_id uuid PRIMARY KEY,
        revision       int NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE cohort_revision`);
  }
}
