import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Validate,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { InternalKeySet } from './internal-keys';
import { DatabaseUrlVariable, NoDevelopmentKeys, productionSecretProblems, SecretVariable } from './secrets';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** `true`/`false` in any case; anything else stays as given (and fails IsBoolean). */
const toBoolean = ({ value }: { value: unknown }) => {
  const text = typeof value === 'string' ? value.toLowerCase() : undefined;
  return text === 'true' ? true : text === 'false' ? false : value;
};

/** SASL is configured when any of its variables is set; then all three are required. */
const saslConfigured = (env: Record<string, unknown>) =>
  env.KAFKA_SASL_MECHANISM !== undefined ||
  env.KAFKA_SASL_USERNAME !== undefined ||
  env.KAFKA_SASL_PASSWORD !== undefined;

/** What migrate-only mode needs: the schema owner's connection. */
export class MigrationEnv {
  @DatabaseUrlVariable()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'must be a postgres:// connection URL (the schema owner role)',
  })
  MIGRATION_DATABASE_URL!: string;

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'must be a lower-case SQL identifier' })
  DATABASE_SCHEMA?: string;
}

/**
 * The service's database connections: DATABASE_URL is the runtime role (rows only); with
 * MIGRATION_DATABASE_URL (the schema owner) the service applies pending migrations at start,
 * without it the migrate step must have run (docs/SECURITY.md, "Database roles").
 */
export class DatabaseEnv {
  @DatabaseUrlVariable()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @DatabaseUrlVariable({ optional: true })
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'must be a postgres:// connection URL (the schema owner role)',
  })
  MIGRATION_DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'must be a lower-case SQL identifier' })
  DATABASE_SCHEMA?: string;
}

/** Variables every service needs. A service adds its own by extending this class. */
export class ServiceEnv extends DatabaseEnv {
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be a port number (0 picks a free port)' })
  @Max(65535)
  PORT?: number;

  /**
   * Port of /health/*, /metrics (management-server.ts); default PORT's default + 6000 (gateway 9000,
   * budgeting 9004). Never published or routed publicly (docs/OPERATIONS.md).
   */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be a port number (0 picks a free port)' })
  @Max(65535)
  MANAGEMENT_PORT?: number;

  @IsOptional()
  @IsString()
  HOST = '127.0.0.1';

  /**
   * Peers whose X-Forwarded-For is believed (the client address then counts for throttling and the
   * audit trail): comma-separated addresses, CIDR ranges or the names loopback, linklocal and
   * uniquelocal. By default only proxies on a private network are; a caller reaching the gateway
   * from a public address cannot choose the address it is counted as (docs/SECURITY.md).
   */
  @Matches(
    /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(,(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*$/,
    {
      message: 'must be a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal',
    },
  )
  TRUST_PROXY = 'loopback,linklocal,uniquelocal';

  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  @IsOptional()
  @Matches(/^[a-zA-Z0-9._-]*$/, { message: 'may contain only letters, digits, ".", "_" and "-"' })
  KAFKA_TOPIC_PREFIX = '';

  /** TLS to the brokers (docs/SECURITY.md). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  KAFKA_SSL = false;

  /** PEM file of the certificate authority that signed the brokers' certificates (system CAs when unset). */
  @IsOptional()
  @IsString()
  @ValidateBy({
    name: 'withKafkaSsl',
    validator: {
      validate: (_value, args) => (args?.object as ServiceEnv).KAFKA_SSL === true,
      defaultMessage: () => 'needs KAFKA_SSL=true',
    },
  })
  KAFKA_SSL_CA_FILE?: string;

  /** SASL/SCRAM authentication to the brokers; all three variables or none. */
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @ValidateIf(saslConfigured)
  @IsIn(['scram-sha-256', 'scram-sha-512'], {
    message: 'must be scram-sha-256 or scram-sha-512 when SASL credentials are set',
  })
  KAFKA_SASL_MECHANISM?: string;

  @ValidateIf(saslConfigured)
  @IsNotEmpty({ message: 'is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_USERNAME?: string;

  @SecretVariable({ when: saslConfigured })
  @ValidateIf(saslConfigured)
  @IsNotEmpty({ message: 'is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_PASSWORD?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `production` refuses missing, short and development secrets (see SecretVariable). */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** How often expired rows are deleted (data lifecycle; docs/OPERATIONS.md). */
  @Transform(toInt) @IsInt() @Min(1) @Max(1440) PRUNE_INTERVAL_MINUTES = 60;

  /** Inbox records (events already handled) are kept this long to absorb late duplicates. */
  @Transform(toInt) @IsInt() @Min(1) INBOX_RETENTION_DAYS = 30;

  /** Outbox rows already published to Kafka are kept this long (for inspection). */
  @Transform(toInt) @IsInt() @Min(1) OUTBOX_RETENTION_HOURS = 168;

  /**
   * A service's command keys (the answers to commands the gateway forwarded with an Idempotency-Key)
   * are kept this long; keep it longer than the gateway's IDEMPOTENCY_RETENTION_HOURS.
   */
  @Transform(toInt) @IsInt() @Min(1) COMMAND_KEY_RETENTION_HOURS = 72;
}

/** A service behind the gateway: it accepts only calls carrying the gateway's internal token. */
export class InternalServiceEnv extends ServiceEnv {
  /**
   * This service's keys of internal tokens, a JWKS (`{"keys":[{"kty":"oct","kid":…,"k":…}]}`): each
   * derived from the gateway's master key for this service alone; during a rotation the old and the
   * new one (docs/SECURITY.md). Secret.
   */
  @SecretVariable()
  @NoDevelopmentKeys()
  @IsNotEmpty({ message: "is required (this service's keys that internal tokens are checked against)" })
  @Validate(InternalKeySet)
  INTERNAL_VERIFY_KEYS!: string;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Validates `source` against `envClass`; throws one error naming every missing or invalid variable,
 * and with NODE_ENV=production every secret that is missing, too short or a development value.
 */
export function parseEnv<T extends object>(
  envClass: new () => T,
  source: NodeJS.ProcessEnv = process.env,
): T {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(envClass, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  if (source.NODE_ENV === 'production') {
    const invalid = new Set(errors.map((e) => e.property));
    problems.push(
      ...productionSecretProblems(envClass, env).filter((p) => !invalid.has(p.slice(0, p.indexOf(':')))),
    );
  }
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}
