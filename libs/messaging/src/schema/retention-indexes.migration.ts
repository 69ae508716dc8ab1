import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the data lifecycle find expired inbox records and command keys without reading the tables. */
export class IndexMessagingRetention1766000000000 implements MigrationInterface {
  name = 'IndexMessagingRetention1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX inbox_handled_at ON inbox (handled_at)`);
    await runner.query(`CREATE INDEX command_keys_recorded_at ON command_keys (recorded_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX command_keys_recorded_at`);
    await runner.query(`DROP INDEX inbox_handled_at`);
  }
}
