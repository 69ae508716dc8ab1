// `npm run secrets`: writes an .env of fresh random secrets beside docker-compose.yml (which refuses
// to start without them). Refuses to overwrite an existing file unless given --force.
//   npm run secrets                 # ./.env
//   npm run secrets -- --force      # replace it (every secret changes: see docs/SECURITY.md)
//   npm run secrets -- --stdout     # print instead of writing
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { DEV_DEFAULTS } = require('./dev-secrets');
const { freshSigningKey, serviceKeySetOf } = require('./internal-keys');
const { SERVICES, passwordVariablesOf } = require('../infra/services');

const token = () => randomBytes(32).toString('base64url');
const hexKey = () => randomBytes(32).toString('hex');

/** The variable of .env holding `service`'s INTERNAL_VERIFY_KEYS (docker-compose gives it as that). */
const internalVerifyKeysVariableOf = (service) => `${service.toUpperCase()}_INTERNAL_VERIFY_KEYS`;

/**
 * A fresh master key of internal tokens for the gateway, and each service's key derived from it
 * (scripts/internal-keys.js): a service gets only its own.
 */
function internalKeys() {
  const signingKey = freshSigningKey();
  return {
    INTERNAL_SIGNING_KEY: signingKey,
    ...Object.fromEntries(
      SERVICES.filter(({ name }) => name !== 'gateway').map(({ name }) => [
        internalVerifyKeysVariableOf(name),
        serviceKeySetOf(signingKey, name),
      ]),
    ),
  };
}

/** One fresh value per variable docker-compose requires. */
function freshSecrets() {
  return {
    POSTGRES_PASSWORD: token(),
    // One password per database role: each service's runtime role and its schema owner.
    ...Object.fromEntries(
      SERVICES.flatMap(({ name }) => Object.values(passwordVariablesOf(name))).map((v) => [v, token()]),
    ),
    ...internalKeys(),
    JWT_SECRET: token(),
    ADMIN_CLIENT_ID: DEV_DEFAULTS.ADMIN_CLIENT_ID,
    ADMIN_CLIENT_SECRET: token(),
    NIK_ENCRYPTION_KEY: hexKey(),
    NIK_HASH_KEY: token(),
    IDEMPOTENCY_ENCRYPTION_KEY: hexKey(),
    WEBHOOK_SECRET_KEY: hexKey(),
  };
}

function envFile(secrets) {
  // JSON values (the keys) single-quoted: docker compose takes them literally.
  const lines = Object.entries(secrets).map(([name, value]) =>
    value.startsWith('{') ? `${name}='${value}'` : `${name}=${value}`,
  );
  return `# Written by \`npm run secrets\` on ${new Date().toISOString()}. Keep it out of version control.\n${lines.join('\n')}\n`;
}

function main(argv = process.argv.slice(2)) {
  const text = envFile(freshSecrets());
  if (argv.includes('--stdout')) return process.stdout.write(text);
  const file = path.join(__dirname, '..', '.env');
  if (fs.existsSync(file) && !argv.includes('--force')) {
    console.error(`${file} exists; keep it, or run \`npm run secrets -- --force\` to replace every secret`);
    process.exit(1);
  }
  fs.writeFileSync(file, text, { mode: 0o600 });
  console.log(`wrote ${file} (mode 600): docker compose reads it`);
}

module.exports = { freshSecrets, envFile };

if (require.main === module) main();
