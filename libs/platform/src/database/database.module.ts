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
async function migrateUnderLock(dataSource: DataSource, schema: string) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`])
      .catch(() => undefined);
    await runner.release();
  }
}

/**
 * TypeORM connection to the service's schema. Migrations run at start; `synchronize` is never used.
 * Entities register themselves with `TypeOrmModule.forFeature` in their feature module.
 */
export function databaseModule(options: DatabaseOptions): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({
      type: 'postgres',
      url: options.url,
      schema: options.schema,
      autoLoadEntities: true,
      synchronize: false,
      migrationsRun: false,
      migrationsTableName: 'typeorm_migrations',
      migrations: options.migrations,
      retryAttempts: 3,
      retryDelay: 1_000,
      extra: {
        max: options.poolSize ?? 10,
        options: `-c search_path=${options.schema}`,
        application_name: options.schema,
      },
    }),
    dataSourceFactory: async (config) => {
      const dataSource = await new DataSource(config as DataSourceOptions).initialize();
      await migrateUnderLock(dataSource, options.schema);
      return dataSource;
    },
  });
}
