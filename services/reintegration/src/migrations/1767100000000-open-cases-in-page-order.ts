import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A BAPAS's open cases in their page order (by id): closed cases pile up over the years, and a page
 * of open ones should not step over them.
 */
export class OpenCasesInPageOrder1767100000000 implements MigrationInterface {
  name = 'OpenCasesInPageOrder1767100000000';

  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE INDEX reintegration_case_bapas_open ON reintegration_case (bapas_code, id) WHERE status = 'OPEN'`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX reintegration_case_bapas_open`);
  }
}
