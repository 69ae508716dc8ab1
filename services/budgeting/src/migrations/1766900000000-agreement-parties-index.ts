import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agreements an agency is a party to (`party_codes @> ARRAY[code]`), found by index. */
export class AgreementPartiesIndex1766900000000 implements MigrationInterface {
  name = 'AgreementPartiesIndex1766900000000';

  async up(runner: QueryRunner) {
    await runner.query(`CREATE INDEX agreements_party_codes ON agreements USING gin (party_codes)`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX agreements_party_codes`);
  }
}
