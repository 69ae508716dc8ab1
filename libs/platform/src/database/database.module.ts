import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';

export interface DatabaseOptions {
  url: string;
  /** The service's own schema; its database role can reach nothing else. */
  schema: string;
  migrations: MixedList<Function>;
  poolSize?: number;
}

/**
 * TypeORM connection to the service's schema. Migrations run at start; `synchronize` is never used.
 * Entities register themselves with `TypeOrmModule.forFeature` in their feature module.
 */
export function databaseModule(options: DatabaseOptions): DynamicModule {
  return TypeOrmModule.forRoot({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    autoLoadEntities: true,
    synchronize: false,
    migrationsRun: true,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    migrations: options.migrations,
    retryAttempts: 3,
    retryDelay: 1_000,
    extra: {
      max: options.poolSize ?? 10,
      options: `-c search_path=${options.schema}`,
      application_name: options.schema,
    },
  });
}
