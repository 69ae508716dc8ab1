import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay's queue moves out of the outbox into `outbox_pending`: a narrow row per unpublished
 * event (its position, key and delivery attempts), written by a trigger with every outbox row, and
 * deleted by the relay in the transaction that commits once Kafka has the event. Outbox rows are
 * never changed after they are written: a relay batch deletes narrow rows instead of writing a new
 * version of each wide row (envelope and headers) and of its index entries.
 * A published event is an outbox row without a pending row; the data lifecycle prunes those by
 * their creation time (a BRIN index, next to nothing to maintain on an append-only table).
 */
export class OutboxPending1767000000000 implements MigrationInterface {
  name = 'OutboxPending1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    // Replicas still running the previous version keep writing events while this runs: none may
    // commit between the copy of the unpublished rows and the trigger that takes over.
    await runner.query(`LOCK TABLE outbox IN SHARE ROW EXCLUSIVE MODE`);
    await runner.query(`
      CREATE TABLE outbox_pending (
        position    bigint PRIMARY KEY,
        message_key text   NOT NULL,
        attempts    int    NOT NULL DEFAULT 0,
        last_error  text
      )`);
    await runner.query(`CREATE INDEX outbox_pending_key ON outbox_pending (message_key, position)`);
    await runner.query(`
      INSERT INTO outbox_pending (position, message_key, attempts, last_error)
      SELECT position, message_key, attempts, last_error FROM outbox WHERE published_at IS NULL`);
    await runner.query(`
      CREATE FUNCTION outbox_pending_written() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox_pending (position, message_key) SELECT position, message_key FROM written;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER outbox_pending_written AFTER INSERT ON outbox
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION outbox_pending_written()`);
    await runner.query(`DROP INDEX outbox_unpublished`);
    await runner.query(`DROP INDEX outbox_unpublished_key`);
    await runner.query(`DROP INDEX outbox_published_at`);
    await runner.query(
      `ALTER TABLE outbox DROP COLUMN published_at, DROP COLUMN attempts, DROP COLUMN last_error`,
    );
    await runner.query(`CREATE INDEX outbox_created_at ON outbox USING brin (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX outbox_created_at`);
    await runner.query(`
      ALTER TABLE outbox ADD COLUMN published_at timestamptz,
                         ADD COLUMN attempts int NOT NULL DEFAULT 0,
                         ADD COLUMN last_error text`);
    // When a row was published is not known any more: its creation time stands in for it.
    await runner.query(`
      UPDATE outbox o SET published_at = o.created_at
       WHERE NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.position = o.position)`);
    await runner.query(`
      UPDATE outbox o SET attempts = p.attempts, last_error = p.last_error
        FROM outbox_pending p WHERE p.position = o.position`);
    await runner.query(`CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`);
    await runner.query(
      `CREATE INDEX outbox_unpublished_key ON outbox (message_key, position) WHERE published_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`,
    );
    await runner.query(`DROP TRIGGER outbox_pending_written ON outbox`);
    await runner.query(`DROP FUNCTION outbox_pending_written()`);
    await runner.query(`DROP TABLE outbox_pending`);
  }
}
