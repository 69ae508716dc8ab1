import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, MigrationExecutor, type DataSourceOptions, type MixedList } from 'typeorm';

export interface DatabaseOptions {
  /** The runtime role's connection: rows of the service's schema only (docs/SECURITY.md). */
  url: string;
  /**
   * The schema owner's connection. When given, pending migrations are applied with it at start and
   * the connection is closed; otherwise the migrate step must have applied them, or start fails.
   */
  migrationUrl?: string;
  /** The service's own schema; its database role can reach nothing else. */
  schema: string;
  migrations: MixedList<Function>;
  poolSize?: number;
}

/**
 * Run by the schema owner after every migration run (the owner's default privileges grant the
 * runtime role INSERT, UPDATE and DELETE on each new table, and provisioning grants them again):
 * takes back UPDATE and DELETE on tables whose comment starts with `append-only`, and every write
 * on the migrations table, so the running service cannot pretend a migration was applied.
 */
const RESTRICT_RUNTIME_ROLE = `DO $$
DECLARE
  granted record;
BEGIN
  FOR granted IN
    SELECT DISTINCT grantee, table_name FROM information_schema.role_table_grants
     WHERE table_schema = current_schema() AND grantee NOT IN (current_user, 'PUBLIC')
       AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')
       AND (table_name = 'typeorm_migrations'
            OR obj_description(format('%I.%I', table_schema, table_name)::regclass, 'pg_class') LIKE 'append-only%')
  LOOP
    EXECUTE format('REVOKE %s ON %I FROM %I',
      CASE WHEN granted.table_name = 'typeorm_migrations' THEN 'INSERT, UPDATE, DELETE' ELSE 'UPDATE, DELETE' END,
      granted.table_name, granted.grantee);
  END LOOP;
END $$`;

/**
 * Runs pending migrations while holding an advisory lock on the schema, so replicas starting
 * together migrate once, one after the other.
 */
async function migrateUnderLock(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await runner.query(RESTRICT_RUNTIME_ROLE);
    return applied.map((m) => m.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`])
      .catch(() => undefined);
    await runner.release();
  }
}

const connectionOptions = (options: DatabaseOptions) => ({
  type: 'postgres' as const,
  url: options.url,
  schema: options.schema,
  migrationsTableName: 'typeorm_migrations',
  migrations: options.migrations,
  extra: {
    max: options.poolSize ?? 10,
    options: `-c search_path=${options.schema}`,
    application_name: options.schema,
  },
});

/**
 * Runs the pending migrations of one schema as its owner (`options.url`), under the advisory lock
 * replicas starting together share, and returns their names: migrate-only mode (`npm run migrate`,
 * the image's `migrate` command) and a start with MIGRATION_DATABASE_URL.
 */
export async function runMigrations(options: DatabaseOptions): Promise<string[]> {
  const dataSource = await new DataSource(connectionOptions({ ...options, poolSize: 2 })).initialize();
  try {
    return await migrateUnderLock(dataSource, options.schema);
  } finally {
    await dataSource.destroy();
  }
}

/** Refuses to start on a schema the migrate step has not brought up to date. */
async function assertMigrated(dataSource: DataSource): Promise<void> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  if (pending.length > 0)
    throw new Error(
      `${pending.length} migration(s) not applied (${pending.map((m) => m.name).join(', ')}): ` +
        'run the migrate step (npm run migrate, or main.js migrate with MIGRATION_DATABASE_URL) first',
    );
}

/**
 * TypeORM connection to the service's schema as its runtime role; `synchronize` is never used.
 * With `migrationUrl`, migrations run first as the schema owner. Entities register themselves with
 * `TypeOrmModule.forFeature` in their feature module.
 */
export function databaseModule(options: DatabaseOptions): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({
      ...connectionOptions(options),
      autoLoadEntities: true,
      synchronize: false,
      migrationsRun: false,
      retryAttempts: 3,
      retryDelay: 1_000,
    }),
    dataSourceFactory: async (config) => {
      if (options.migrationUrl) await runMigrations({ ...options, url: options.migrationUrl });
      const dataSource = await new DataSource(config as DataSourceOptions).initialize();
      try {
        await assertMigrated(dataSource);
      } catch (error) {
        await dataSource.destroy();
        throw error;
      }
      return dataSource;
    },
  });
}
