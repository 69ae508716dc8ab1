import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a participant last changed (registered, released…), for `?updatedSince=`; set by the database. */
export class ParticipantUpdatedAt1765300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE participant ADD COLUMN updated_at timestamptz`);
    await runner.query(`UPDATE participant SET updated_at = created_at`);
    await runner.query(
      `ALTER TABLE participant ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now()`,
    );
    await runner.query(`CREATE FUNCTION participant_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $$`);
    await runner.query(
      `CREATE TRIGGER participant_touch BEFORE UPDATE ON participant FOR EACH ROW EXECUTE FUNCTION participant_touch()`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER participant_touch ON participant`);
    await runner.query(`DROP FUNCTION participant_touch()`);
    await runner.query(`ALTER TABLE participant DROP COLUMN updated_at`);
  }
}
