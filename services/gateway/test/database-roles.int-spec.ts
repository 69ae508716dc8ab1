import { randomUUID } from 'node:crypto';
import { migrateService, type ServiceDefinition, type ServiceEnv } from '@sinergi/platform';
import { testInfrastructure } from '@sinergi/testing';
import { Client, type DatabaseError } from 'pg';
// Every service's schema, migrated from its own definition.
import { agreementsService } from '../../agreements/src/service';
import { budgetingService } from '../../budgeting/src/service';
import { notificationsService } from '../../notifications/src/service';
import { rehabilitationService } from '../../rehabilitation/src/service';
import { reintegrationService } from '../../reintegration/src/service';
import { gatewayService } from '../src/service';

/**
 * Each service runs as a role that reads and writes the rows of its own schema and nothing else:
 * it cannot change a table, drop the ledger's immutability trigger, or read another service's
 * schema. The schema owner, which runs the migrations, can (real PostgreSQL, roles of this run).
 */
describe('database roles: schema owner and runtime role per service', () => {
  const infra = testInfrastructure();
  const definitions: Array<ServiceDefinition<ServiceEnv>> = [
    gatewayService,
    agreementsService,
    rehabilitationService,
    reintegrationService,
    budgetingService,
    notificationsService,
  ] as never;
  const services = definitions.map((d) => d.name);
  const clients = new Map<string, Client>();
  /** A connection as `service`'s runtime role, or as its schema owner. */
  const as = (service: string, role: 'app' | 'owner' = 'app') => clients.get(`${service}:${role}`)!;
  const tablesOf: Record<string, string[]> = {};

  /** The PostgreSQL error `sql` fails with (the test fails if it succeeds). */
  async function refusal(client: Client, sql: string): Promise<{ code: string; message: string }> {
    try {
      await client.query(sql);
    } catch (error) {
      const { code, message } = error as DatabaseError;
      return { code: code!, message };
    }
    throw new Error(`succeeded, expected a refusal: ${sql}`);
  }

  /** Runs `sql` as the schema owner and undoes it: proves the statement itself is valid. */
  async function ownerMay(service: string, sql: string): Promise<void> {
    const owner = as(service, 'owner');
    await owner.query('BEGIN');
    try {
      await owner.query(sql);
    } finally {
      await owner.query('ROLLBACK');
    }
  }

  beforeAll(async () => {
    for (const definition of definitions)
      await migrateService(definition, {
        MIGRATION_DATABASE_URL: infra.migrationDatabaseUrlOf(definition.name),
      });
    for (const service of services) {
      for (const role of ['app', 'owner'] as const) {
        const url = role === 'app' ? infra.databaseUrlOf(service) : infra.migrationDatabaseUrlOf(service);
        const client = new Client({ connectionString: url });
        await client.connect();
        clients.set(`${service}:${role}`, client);
      }
      const { rows } = await as(service, 'owner').query(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`,
        [service],
      );
      tablesOf[service] = rows.map((r: { name: string }) => r.name);
    }
  });
  afterAll(async () => {
    for (const client of clients.values()) await client.end();
  });

  it('connects each service as its own runtime role, and its migrations as the schema owner', async () => {
    for (const service of services) {
      const app = await as(service).query('SELECT current_user AS role, current_schema() AS schema');
      expect(app.rows[0]).toEqual({ role: `sinergi_${service}_app`, schema: service });
      const owner = await as(service, 'owner').query(
        `SELECT current_user AS role, nspowner::regrole::text AS schema_owner
           FROM pg_namespace WHERE nspname = $1`,
        [service],
      );
      expect(owner.rows[0]).toEqual({
        role: `sinergi_${service}_owner`,
        schema_owner: `sinergi_${service}_owner`,
      });
    }
    // Each role has its own password: the URLs of the twelve roles hold twelve different ones.
    const passwords = services.flatMap((s) => [
      new URL(infra.databaseUrlOf(s)).password,
      new URL(infra.migrationDatabaseUrlOf(s)).password,
    ]);
    expect(new Set(passwords).size).toBe(12);
  });

  it('budgeting: the runtime role writes and reads the ledger but cannot alter it or drop its immutability trigger', async () => {
    const app = as('budgeting');
    const budgetId = randomUUID();
    const entryId = randomUUID();
    await app.query('BEGIN');
    try {
      await app.query(
        `INSERT INTO budgets (id, agreement_id, fiscal_year, source, owner_agency_code, created_by, created_at)
         VALUES ($1, $2, 2031, 'APBD', 'PEMKAB-ROLES', 'roles-test', now())`,
        [budgetId, randomUUID()],
      );
      await app.query(
        `INSERT INTO ledger_entries (id, budget_id, kind, amount, ceiling_change, recorded_by, recorded_at)
         VALUES ($1, $2, 'CEILING_SET', 500, 500, 'roles-test', now())`,
        [entryId, budgetId],
      );
      const { rows } = await app.query(`SELECT amount::int, kind FROM ledger_entries WHERE id = $1`, [
        entryId,
      ]);
      expect(rows).toEqual([{ amount: 500, kind: 'CEILING_SET' }]);
    } finally {
      await app.query('ROLLBACK');
    }

    const refused: Array<[string, string]> = [
      [
        'DROP TRIGGER ledger_entries_append_only ON ledger_entries',
        'must be owner of relation ledger_entries',
      ],
      [
        'DROP TRIGGER ledger_entries_no_truncate ON ledger_entries',
        'must be owner of relation ledger_entries',
      ],
      [
        'ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only',
        'must be owner of table ledger_entries',
      ],
      ['ALTER TABLE ledger_entries DISABLE TRIGGER USER', 'must be owner of table ledger_entries'],
      ['ALTER TABLE ledger_entries ADD COLUMN tampered int', 'must be owner of table ledger_entries'],
      ['DROP TABLE ledger_entries', 'must be owner of table ledger_entries'],
      ['DROP FUNCTION refuse_ledger_change() CASCADE', 'must be owner of function refuse_ledger_change'],
      [
        'CREATE OR REPLACE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
        'permission denied for schema budgeting',
      ],
    ];
    for (const [sql, message] of refused) {
      expect({ sql, ...(await refusal(app, sql)) }).toEqual({ sql, code: '42501', message });
      await ownerMay('budgeting', sql);
    }
    // Append-only by grant as well as by trigger: the role may not even ask.
    for (const sql of ['UPDATE ledger_entries SET amount = amount', 'DELETE FROM ledger_entries'])
      expect({ sql, ...(await refusal(app, sql)) }).toEqual({
        sql,
        code: '42501',
        message: 'permission denied for table ledger_entries',
      });
    expect(await refusal(app, 'TRUNCATE ledger_entries')).toEqual({
      code: '42501',
      message: 'permission denied for table ledger_entries',
    });
    expect(await refusal(app, 'CREATE TABLE ledger_shadow (id int)')).toEqual({
      code: '42501',
      message: 'permission denied for schema budgeting',
    });
    // The triggers are still in place: two refuse changes to recorded entries, one keeps the
    // budgets' totals.
    const triggers = await app.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'ledger_entries'::regclass AND NOT tgisinternal ORDER BY 1`,
    );
    expect(triggers.rows.map((r: { tgname: string }) => r.tgname)).toEqual([
      'ledger_entries_append_only',
      'ledger_entries_no_truncate',
      'ledger_entries_totals',
    ]);
  });

  it('every service: the runtime role cannot alter or drop any table of its schema, nor create one', async () => {
    let checked = 0;
    for (const service of services) {
      expect(tablesOf[service]).toContain('typeorm_migrations');
      for (const table of tablesOf[service]) {
        const alter = `ALTER TABLE "${table}" ADD COLUMN tampered int`;
        for (const sql of [alter, `DROP TABLE "${table}"`]) {
          expect({ sql, ...(await refusal(as(service), sql)) }).toEqual({
            sql,
            code: '42501',
            message: `must be owner of table ${table}`,
          });
          checked++;
        }
        await ownerMay(service, alter);
      }
      // It reads which migrations were applied (to refuse a stale schema) but cannot record one.
      expect(
        (await as(service).query('SELECT count(*)::int AS n FROM typeorm_migrations')).rows[0].n,
      ).toBeGreaterThan(0);
      for (const sql of [
        `INSERT INTO typeorm_migrations (timestamp, name) VALUES (9999999999999, 'Pretend9999999999999')`,
        'UPDATE typeorm_migrations SET name = name',
        'DELETE FROM typeorm_migrations',
      ])
        expect({ sql, ...(await refusal(as(service), sql)) }).toEqual({
          sql,
          code: '42501',
          message: 'permission denied for table typeorm_migrations',
        });
      expect(await refusal(as(service), 'CREATE TABLE intruder (id int)')).toEqual({
        code: '42501',
        message: `permission denied for schema ${service}`,
      });
    }
    expect(checked).toBe(2 * Object.values(tablesOf).flat().length);
  });

  it('no service role can read or write another service’s schema', async () => {
    let pairs = 0;
    for (const service of services)
      for (const other of services.filter((s) => s !== service)) {
        const table = `"${other}"."${tablesOf[other][0]}"`;
        for (const role of ['app', 'owner'] as const) {
          for (const sql of [`SELECT * FROM ${table} LIMIT 1`, `DELETE FROM ${table}`]) {
            expect({ sql, role, ...(await refusal(as(service, role), sql)) }).toEqual({
              sql,
              role,
              code: '42501',
              message: `permission denied for schema ${other}`,
            });
          }
        }
        await as(other).query(`SELECT * FROM ${table} LIMIT 1`);
        pairs++;
      }
    expect(pairs).toBe(30);
  });
});
