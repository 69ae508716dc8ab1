import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';

export interface DatabaseOptions {
  url: string;
  /** The service's own schema; its database role can reach nothing else. */
  schema: string;
  migrations: MixedList<Function>;
  poolSize?: number;
}

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
 * Migrate-only mode (`npm run migrate`, the image's `migrate` command): runs the pending migrations
 * of one schema under the same advisory lock as a starting service, and returns their names.
 */
export async function runMigrations(options: DatabaseOptions): Promise<string[]> {
  const dataSource = await new DataSource(connectionOptions({ ...options, poolSize: 2 })).initialize();
  try {
    return await migrateUnderLock(dataSource, options.schema);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * TypeORM connection to the service's schema. Migrations run at start; `synchronize` is never used.
 * Entities register themselves with `TypeOrmModule.forFeature` in their feature module.
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
      const dataSource = await new DataSource(config as DataSourceOptions).initialize();
      await migrateUnderLock(dataSource, options.schema);
      return dataSource;
    },
  });
}
