import { testInfrastructure } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { CreateMessagingTables1764288000000, OutboxPending1767000000000 } from '../src';

/** The move of the relay's queue into `outbox_pending`, on a schema of its own holding rows from before. */
describe('the outbox_pending migration (real PostgreSQL)', () => {
  const schema = `outbox_migration_${randomUUID().replaceAll('-', '')}`;
  let db: DataSource;
  let runner: QueryRunner;
  const migration = new OutboxPending1767000000000();
  /** A step of the migration in a transaction of its own, as the services' migrations run. */
  const inTransaction = async (step: (runner: QueryRunner) => Promise<void>) => {
    await runner.startTransaction();
    await step(runner);
    await runner.commitTransaction();
  };

  const write = (key: string) =>
    runner.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_type, event_version, envelope, headers)
       VALUES ($1, 'program', $2, 'program.created', 1, '{}', '{}') RETURNING position`,
      [randomUUID(), key],
    ) as Promise<Array<{ position: string }>>;

  beforeAll(async () => {
    db = new DataSource({
      type: 'postgres',
      url: testInfrastructure().adminUrl,
      extra: { options: `-c search_path=${schema}` },
    });
    await db.initialize();
    await db.query(`CREATE SCHEMA ${schema}`);
    runner = db.createQueryRunner();
    await new CreateMessagingTables1764288000000().up(runner);
  });
  afterAll(async () => {
    await runner?.release();
    await db?.query(`DROP SCHEMA ${schema} CASCADE`);
    await db?.destroy();
  });

  it('keeps every unpublished row pending with its attempts, queues rows written after it, and goes back down', async () => {
    const [published] = await write('published');
    const [refused] = await write('refused');
    const [waiting] = await write('refused');
    await runner.query(`UPDATE outbox SET published_at = now() WHERE position = $1`, [published.position]);
    await runner.query(`UPDATE outbox SET attempts = 3, last_error = 'topic missing' WHERE position = $1`, [
      refused.position,
    ]);

    await inTransaction((r) => migration.up(r));
    const pending = () =>
      runner.query(
        `SELECT position::text, message_key, attempts, last_error FROM outbox_pending ORDER BY position`,
      );
    expect(await pending()).toEqual([
      { position: refused.position, message_key: 'refused', attempts: 3, last_error: 'topic missing' },
      { position: waiting.position, message_key: 'refused', attempts: 0, last_error: null },
    ]);
    const [later] = await write('later');
    expect((await pending()).map((row: { position: string }) => row.position)).toEqual([
      refused.position,
      waiting.position,
      later.position,
    ]);

    await inTransaction((r) => migration.down(r));
    expect(
      await runner.query(
        `SELECT position::text, published_at IS NOT NULL AS published, attempts, last_error
           FROM outbox ORDER BY position`,
      ),
    ).toEqual([
      { position: published.position, published: true, attempts: 0, last_error: null },
      { position: refused.position, published: false, attempts: 3, last_error: 'topic missing' },
      { position: waiting.position, published: false, attempts: 0, last_error: null },
      { position: later.position, published: false, attempts: 0, last_error: null },
    ]);
    expect(await runner.query(`SELECT to_regclass('outbox_pending') IS NULL AS gone`)).toEqual([
      { gone: true },
    ]);
  });
});
