import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reintegration's recidivism cohorts per agreement (the latest revision of each person's), which the
 * work plans' RECIDIVISM_RATE_12M is computed from; release_facts no longer keeps reoffences.
 */
export class RecidivismCohorts1765200000200 implements MigrationInterface {
  name = 'RecidivismCohorts1765200000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE recidivism_cohort_revision (
        participant_id uuid PRIMARY KEY,
        revision       int NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE recidivism_cohort (
        agreement_id         uuid NOT NULL,
        cohort_year          int  NOT NULL,
        participant_id       uuid NOT NULL,
        release_date         date NOT NULL,
        first_reoffence_date date,
        PRIMARY KEY (agreement_id, cohort_year, participant_id)
      )`);
    await runner.query(`CREATE INDEX recidivism_cohort_participant ON recidivism_cohort (participant_id)`);
    await runner.query(`ALTER TABLE release_facts DROP COLUMN first_reoffence_date`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE release_facts ADD COLUMN first_reoffence_date date`);
    await runner.query(`DROP TABLE recidivism_cohort`);
    await runner.query(`DROP TABLE recidivism_cohort_revision`);
  }
}
