import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox and inbox tables, created in the schema of whichever service runs this migration
 * (the connection's search_path). Every service lists it first among its migrations.
 */
export class CreateMessagingTables1764288000000 implements MigrationInterface {
  name = 'CreateMessagingTables1764288000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox (
        position      bigserial PRIMARY KEY,
        event_id      uuid        NOT NULL UNIQUE,
        topic         text        NOT NULL,
        message_key   text        NOT NULL,
        event_type    text        NOT NULL,
        event_version int         NOT NULL,
        envelope      jsonb       NOT NULL,
        headers       jsonb       NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_at  timestamptz,
        attempts      int         NOT NULL DEFAULT 0,
        last_error    text
      )`);
    await runner.query(`CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`);
    await runner.query(
      `CREATE INDEX outbox_unpublished_key ON outbox (message_key, position) WHERE published_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`,
    );
    await runner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(TG_TABLE_SCHEMA || '_outbox', '');
        RETURN NULL;
      END $$`);
    await runner.query(
      `CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`,
    );
    await runner.query(`
      CREATE TABLE inbox (
        consumer   text        NOT NULL,
        event_id   uuid        NOT NULL,
        event_type text        NOT NULL,
        topic      text        NOT NULL,
        partition  int         NOT NULL,
        "offset"   bigint      NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inbox`);
    await runner.query(`DROP TRIGGER outbox_notify ON outbox`);
    await runner.query(`DROP FUNCTION outbox_notify()`);
    await runner.query(`DROP TABLE outbox`);
  }
}
