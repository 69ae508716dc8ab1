import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { OutboxRelay } from '@sinergi/messaging';
import { DataPruner, migrateService, type RunningService } from '@sinergi/platform';
import {
  postgresInfra,
  REPO_ROOT,
  startTestService,
  TEST_ENV,
  testInfrastructure,
  type ServiceDatabaseUrls,
} from '@sinergi/testing';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { budgetingService } from '../src/service';

const run = promisify(execFile);

const withClient = async <T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/** The admin connection to another database of the same server. */
const adminUrlOf = (database: string) => {
  const url = new URL(testInfrastructure().adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/** Every table of the schema with its row count and a checksum of its rows in a stable order. */
async function schemaContents(url: string, schema: string) {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`,
      [schema],
    );
    const contents: Record<string, { rows: number; md5: string }> = {};
    for (const { table_name: table } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5
           FROM "${schema}"."${table}" t`,
      );
      contents[table] = { rows: rows[0].n, md5: rows[0].md5 };
    }
    return contents;
  });
}

describe('budgeting data lifecycle (real PostgreSQL)', () => {
  let service: RunningService;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(budgetingService, {
      INBOX_RETENTION_DAYS: '2',
      OUTBOX_RETENTION_HOURS: '5',
      COMMAND_KEY_RETENTION_HOURS: '10',
    });
    db = service.app.get(DataSource);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('prunes inbox records, published outbox rows and command keys past their configured retention, and nothing else', async () => {
    const [oldInbox, freshInbox] = [randomUUID(), randomUUID()];
    for (const [id, age] of [
      [oldInbox, '3 days'],
      [freshInbox, '1 day'],
    ])
      await db.query(
        `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset", handled_at)
         VALUES ('budgeting', $1, 'test.pruned', 'test', 0, 0, now() - $2::interval)`,
        [id, age],
      );
    const published = (id: string, manager: EntityManager = db.manager) =>
      manager.query(
        `DELETE FROM outbox_pending WHERE position = (SELECT position FROM outbox WHERE event_id = $1)`,
        [id],
      );
    const outbox = (created: string, isPublished: boolean) =>
      db.transaction(async (manager) => {
        const id = randomUUID();
        await manager.query(
          `INSERT INTO outbox (event_id, topic, message_key, event_type, event_version, envelope, headers, created_at)
           VALUES ($1::uuid, 'test', $1::text, 'test.pruned', 1, '{}', '{}', now() - $2::interval)`,
          [id, created],
        );
        if (isPublished) await published(id, manager);
        return id;
      });
    await outbox('6 hours', true);
    const freshPublished = await outbox('4 hours', true);
    const oldUnpublished = await outbox('10 days', false);
    const [oldKey, freshKey] = [randomUUID(), randomUUID()];
    for (const [key, age] of [
      [oldKey, '11 hours'],
      [freshKey, '9 hours'],
    ])
      await db.query(
        `INSERT INTO command_keys (client_id, key, request_hash, status_code, recorded_at)
         VALUES ('test-client', $1, 'hash', 201, now() - $2::interval)`,
        [key, age],
      );

    let pruned;
    try {
      pruned = await service.app.get(DataPruner).pruneNow();
    } finally {
      // The unpublished row names no real topic: left behind, it would hold up the relay of every
      // later test of this schema, as the oldest row of each batch it tries to send.
      await published(oldUnpublished);
    }
    expect(pruned).toEqual({ inbox: 1, outbox: 1, command_keys: 1 });

    const inbox = await db.query(
      `SELECT event_id FROM inbox WHERE event_type = 'test.pruned' ORDER BY handled_at`,
    );
    expect(inbox.map((r: { event_id: string }) => r.event_id)).toEqual([freshInbox]);
    const left = await db.query(
      `SELECT event_id FROM outbox WHERE event_type = 'test.pruned' ORDER BY position`,
    );
    expect(left.map((r: { event_id: string }) => r.event_id)).toEqual([freshPublished, oldUnpublished]);
    const keys = await db.query(`SELECT key FROM command_keys WHERE client_id = 'test-client'`);
    expect(keys).toEqual([{ key: freshKey }]);
  });

  it('keeps inbox records 30 days, published outbox rows 7 days and command keys 72 hours by default', async () => {
    const defaults = await startTestService(budgetingService);
    try {
      expect(defaults.app.get(DataPruner).list()).toEqual([
        { table: 'inbox', column: 'handled_at', retentionSeconds: 30 * 86_400 },
        {
          table: 'outbox',
          column: 'created_at',
          retentionSeconds: 168 * 3_600,
          keep: 'EXISTS (SELECT 1 FROM outbox_pending p WHERE p.position = outbox.position)',
        },
        { table: 'command_keys', column: 'recorded_at', retentionSeconds: 72 * 3_600 },
      ]);
    } finally {
      await defaults.stop();
    }
  });

  describe('on a fresh database', () => {
    const database = `sinergi_test_fresh_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    let urls: Record<string, ServiceDatabaseUrls>;
    const dumps = mkdtempSync(path.join(os.tmpdir(), 'sinergi-backup-'));

    beforeAll(async () => {
      urls = await postgresInfra.provision({
        database,
        url: testInfrastructure().adminUrl,
        log: () => undefined,
      });
    });
    afterAll(async () => {
      rmSync(dumps, { recursive: true, force: true });
      await postgresInfra.dropDatabase(database, testInfrastructure().adminUrl);
    });

    it('migrate-only mode (main migrate) applies every migration once, and nothing on a second run', async () => {
      const main = path.join(__dirname, '../src/main.ts');
      const register = path.join(REPO_ROOT, 'libs/testing/register-ts.js');
      const env = { ...process.env, MIGRATION_DATABASE_URL: urls.budgeting.migrationDatabaseUrl };
      const first = await run(process.execPath, ['-r', register, main, 'migrate'], { env });
      const names = budgetingService.migrations.map((m) => m.name);
      expect(first.stdout.trim()).toBe(
        `[budgeting] ${names.length} migration(s) applied: ${names.join(', ')}`,
      );
      expect(
        await migrateService(budgetingService, {
          MIGRATION_DATABASE_URL: urls.budgeting.migrationDatabaseUrl,
        }),
      ).toEqual([]);
      const tables = await withClient(urls.budgeting.databaseUrl, (c) =>
        c.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'budgeting'`),
      );
      expect(tables.rows[0].n).toBeGreaterThan(5);
    });

    it('backs up the schema with pg_dump and restores it into another database with the same rows', async () => {
      // The running service's relay stops first: it could send or retry a pending row between the
      // reading of the rows below and the dump, and the copies would differ by that alone.
      await service.app.get(OutboxRelay).onModuleDestroy();
      await db.query(
        `INSERT INTO command_keys (client_id, key, request_hash, status_code, body) VALUES ('backup', $1, 'h', 201, '{"ok":true}')`,
        [randomUUID()],
      );
      const runDatabase = adminUrlOf(process.env[TEST_ENV.database]!);
      const before = await schemaContents(runDatabase, 'budgeting');
      expect(Object.values(before).reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(0);

      const backup = await run(
        'bash',
        [path.join(REPO_ROOT, 'infra/backup/backup.sh'), '-o', dumps, 'budgeting'],
        {
          env: { ...process.env, DATABASE_URL_ADMIN: runDatabase },
        },
      );
      const file = backup.stdout.trim();
      expect(file).toMatch(/budgeting-\d{8}T\d{6}Z\.dump$/);
      await run('bash', [path.join(REPO_ROOT, 'infra/backup/restore.sh'), 'budgeting', file], {
        env: { ...process.env, DATABASE_URL_ADMIN: adminUrlOf(database) },
      });

      expect(await schemaContents(adminUrlOf(database), 'budgeting')).toEqual(before);
      // The restored schema keeps its owner and grants: the service's runtime role can use it.
      const owner = await withClient(urls.budgeting.databaseUrl, (c) =>
        c.query(`SELECT count(*)::int AS n FROM command_keys WHERE client_id = 'backup'`),
      );
      expect(owner.rows[0].n).toBe(1);
    });
  });
});
