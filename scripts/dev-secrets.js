// Secrets for local runs: taken from the environment, else fixed, public development values.
// Every service started with NODE_ENV=production refuses these values (libs/platform/src/config/secrets.ts);
// `npm run secrets` writes fresh ones for docker-compose. See docs/SECURITY.md.
const { SERVICES } = require('../infra/services');
const { serviceKeyOf, serviceKeySetOf } = require('./internal-keys');

const DEV_DEFAULTS = {
  // The gateway's master key of internal tokens (a JWK); each service gets the key derived from it
  // for that service (devInternalVerifyKeys).
  INTERNAL_SIGNING_KEY:
    '{"kty":"oct","kid":"sinergi-dev-1","k":"c2luZXJnaS1sb2NhbC1kZXYtaW50ZXJuYWwta2V5LTE"}',
  JWT_SECRET: 'local-dev-jwt-secret-change-me-00000000000000001',
  ADMIN_CLIENT_ID: 'platform-admin',
  ADMIN_CLIENT_SECRET: 'local-dev-admin-secret',
  NIK_ENCRYPTION_KEY: '73696e657267692d6c6f63616c2d6465762d6e696b2d6b65792d303030303031',
  NIK_HASH_KEY: 'local-dev-nik-hash-key-change-me-000000000000001',
  IDEMPOTENCY_ENCRYPTION_KEY: '73696e657267692d6c6f63616c2d6465762d6964656d706f74656e63792d6b31',
  WEBHOOK_SECRET_KEY: '73696e657267692d6c6f63616c2d6465762d776562686f6f6b2d6b6579303031',
};

/**
 * Development passwords of the database roles (infra/postgres/provision.js): each role has its own,
 * `sinergi-local-dev-<role>`. Production refuses any password starting with this prefix.
 */
const DEV_DATABASE_PASSWORD = 'sinergi-local-dev';
const devDatabasePassword = (role) => `${DEV_DATABASE_PASSWORD}-${role}`;

/**
 * The SASL/SCRAM user of a local broker started with SCRAM (infra/kafka/README.md); not part of
 * DEV_DEFAULTS because the local broker runs without authentication unless asked.
 */
const DEV_KAFKA_SASL = {
  KAFKA_SASL_MECHANISM: 'scram-sha-512',
  KAFKA_SASL_USERNAME: 'sinergi',
  KAFKA_SASL_PASSWORD: 'local-dev-kafka-password-change-me-000000001',
};

/** Variables of DEV_DEFAULTS that are not secret. */
const NOT_SECRET = new Set(['ADMIN_CLIENT_ID']);

function devSecrets(env = process.env) {
  return Object.fromEntries(Object.entries(DEV_DEFAULTS).map(([key, value]) => [key, env[key] || value]));
}

/** `service`'s INTERNAL_VERIFY_KEYS: its key under the master key `npm start` gives the gateway. */
function devInternalVerifyKeys(service, env = process.env) {
  return serviceKeySetOf(devSecrets(env).INTERNAL_SIGNING_KEY, service);
}

/** Every development key of internal tokens (`k`, base64url): the master key and each service's. */
function devInternalKeys() {
  const master = DEV_DEFAULTS.INTERNAL_SIGNING_KEY;
  return [JSON.parse(master).k, ...SERVICES.map(({ name }) => serviceKeyOf(master, name).k)];
}

module.exports = {
  devSecrets,
  devInternalVerifyKeys,
  devInternalKeys,
  DEV_DEFAULTS,
  DEV_DATABASE_PASSWORD,
  devDatabasePassword,
  DEV_KAFKA_SASL,
  NOT_SECRET,
};
