import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agreements' parties and agencies' kinds and regions, learned from the agreements service's events. */
export class AgreementScope1765300000000 implements MigrationInterface {
  name = 'AgreementScope1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agreement_party (
        agreement_id uuid   PRIMARY KEY,
        party_codes  text[] NOT NULL
      )`);
    await runner.query(`CREATE INDEX agreement_party_codes ON agreement_party USING gin (party_codes)`);
    await runner.query(`
      CREATE TABLE known_agency (
        code        text PRIMARY KEY,
        kind        text NOT NULL,
        region_code text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE known_agency`);
    await runner.query(`DROP TABLE agreement_party`);
  }
}
