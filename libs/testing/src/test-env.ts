import type { ServiceDatabaseUrls } from './infrastructure';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serviceKeySetOf } = require('../../../scripts/internal-keys') as {
  serviceKeySetOf(signingKey: string, service: string): string;
};

/** Environment variables through which the global setup hands the test infrastructure to tests. */
export const TEST_ENV = {
  adminUrl: 'SINERGI_TEST_ADMIN_DATABASE_URL',
  database: 'SINERGI_TEST_DATABASE',
  serviceUrls: 'SINERGI_TEST_SERVICE_DATABASE_URLS',
  brokers: 'SINERGI_TEST_KAFKA_BROKERS',
  topicPrefix: 'SINERGI_TEST_TOPIC_PREFIX',
  startedKafka: 'SINERGI_TEST_STARTED_KAFKA',
} as const;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through Jest's global setup (npm test)`);
  return value;
}

/** The gateway's master key of internal tokens in tests. */
export const TEST_INTERNAL_SIGNING_KEY = JSON.stringify({
  kty: 'oct',
  kid: 'sinergi-test-1',
  k: 'c2luZXJnaS10ZXN0LWludGVybmFsLXRva2VuLWtleTE',
});

/** `service`'s keys of internal tokens in tests: the one derived from TEST_INTERNAL_SIGNING_KEY. */
export const testInternalVerifyKeys = (service: string): string =>
  serviceKeySetOf(TEST_INTERNAL_SIGNING_KEY, service);

/** The gateway's token secret and first platform-admin client in tests. */
export const TEST_GATEWAY_SECRETS = {
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
  ADMIN_CLIENT_ID: 'test-platform-admin',
  ADMIN_CLIENT_SECRET: 'test-platform-admin-secret',
  IDEMPOTENCY_ENCRYPTION_KEY: '5ea1ed0a'.repeat(8),
  // The lowest scrypt cost the gateway accepts keeps people's sign-ins fast in tests.
  PASSWORD_HASH_COST: '14',
};

/** The rehabilitation service's keys for participants' personal data in tests. */
export const TEST_NIK_KEYS = {
  NIK_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  NIK_HASH_KEY: 'test-nik-hash-key-0123456789abcdef',
};

/** The notifications service in tests: webhooks to a receiver on this machine (loopback, plain http). */
export const TEST_WEBHOOK_SETTINGS = {
  WEBHOOK_SECRET_KEY: '5eed'.repeat(16),
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '100',
};

export interface TestInfrastructure {
  adminUrl: string;
  brokers: string;
  topicPrefix: string;
  /** The service's runtime role (what the service runs as). */
  databaseUrlOf(service: string): string;
  /** The service's schema owner (what its migrations run as). */
  migrationDatabaseUrlOf(service: string): string;
}

export function testInfrastructure(): TestInfrastructure {
  const urls = JSON.parse(required(TEST_ENV.serviceUrls)) as Record<string, ServiceDatabaseUrls>;
  const of = (service: string) => {
    const url = urls[service];
    if (!url) throw new Error(`no test database roles for service ${service}`);
    return url;
  };
  return {
    adminUrl: required(TEST_ENV.adminUrl),
    brokers: required(TEST_ENV.brokers),
    topicPrefix: required(TEST_ENV.topicPrefix),
    databaseUrlOf: (service) => of(service).databaseUrl,
    migrationDatabaseUrlOf: (service) => of(service).migrationDatabaseUrl,
  };
}

/**
 * The environment a service gets in tests: its runtime database role (migrations run at start as
 * the schema owner, as `npm start` does), the real broker, a free port.
 */
export function serviceTestEnv(service: string, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const infra = testInfrastructure();
  return {
    PORT: '0',
    MANAGEMENT_PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: infra.databaseUrlOf(service),
    MIGRATION_DATABASE_URL: infra.migrationDatabaseUrlOf(service),
    KAFKA_BROKERS: infra.brokers,
    KAFKA_TOPIC_PREFIX: infra.topicPrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    INTERNAL_SIGNING_KEY: TEST_INTERNAL_SIGNING_KEY,
    INTERNAL_VERIFY_KEYS: testInternalVerifyKeys(service),
    ...TEST_GATEWAY_SECRETS,
    // The per-client limit is counted across gateways through the shared database, so test files run
    // one after another within one minute would share the admin client's count; tests of the limit
    // set their own.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...overrides,
  };
}
