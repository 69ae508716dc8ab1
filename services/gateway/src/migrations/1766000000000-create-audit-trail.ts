import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every write made through the public API: who (client or person, agency), what (route), when, outcome. */
export class CreateAuditTrail1766000000000 implements MigrationInterface {
  name = 'CreateAuditTrail1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit_entry (
        id             uuid        PRIMARY KEY,
        at             timestamptz NOT NULL,
        actor          text        NOT NULL,
        agency_code    text        NOT NULL,
        method         text        NOT NULL,
        route          text        NOT NULL,
        path           text        NOT NULL,
        status         integer     NOT NULL,
        correlation_id text
      )`);
    await runner.query(`CREATE INDEX audit_entry_actor ON audit_entry (actor, id)`);
    await runner.query(`CREATE INDEX audit_entry_agency ON audit_entry (agency_code, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE audit_entry`);
  }
}
