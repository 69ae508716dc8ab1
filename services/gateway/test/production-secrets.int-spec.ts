import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { InternalServiceEnv, InvalidEnvironmentError, parseEnv } from '@sinergi/platform';
import { REPO_ROOT } from '@sinergi/testing';
import YAML from 'yaml';
import { GatewayEnv } from '../src/config/gateway-env';

/* eslint-disable @typescript-eslint/no-require-imports -- the plain-JS scripts of the repository */
const { devSecrets, devDatabasePassword, devInternalVerifyKeys } = require(
  path.join(REPO_ROOT, 'scripts/dev-secrets.js'),
);
const { freshSecrets } = require(path.join(REPO_ROOT, 'scripts/secrets.js'));
const { serviceKeySetOf } = require(path.join(REPO_ROOT, 'scripts/internal-keys.js'));
/* eslint-enable @typescript-eslint/no-require-imports */

const run = promisify(execFile);
const databaseUrl = (password: string, role = 'sinergi_gateway_app') =>
  `postgres://${role}:${password}@127.0.0.1:5432/sinergi`;
/** The development URLs of a service's runtime role and schema owner. */
const devDatabaseUrls = (service: string) => ({
  DATABASE_URL: databaseUrl(devDatabasePassword(`sinergi_${service}_app`), `sinergi_${service}_app`),
  MIGRATION_DATABASE_URL: databaseUrl(
    devDatabasePassword(`sinergi_${service}_owner`),
    `sinergi_${service}_owner`,
  ),
});

/** Starts a service's real entry point (`src/main.ts`) with `env`; resolves with its exit code and output. */
async function start(service: string, env: Record<string, string>) {
  const main = path.join(REPO_ROOT, 'services', service, 'src/main.ts');
  try {
    await run(process.execPath, ['-r', path.join(REPO_ROOT, 'libs/testing/register-ts.js'), main], {
      env: { PATH: process.env.PATH, ...env },
      timeout: 60_000,
    });
    return { code: 0, output: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, output: stderr };
  }
}

describe('production secrets', () => {
  // The gateway holds the master key of internal tokens; each service only its own key.
  const SERVICE_SECRETS: Record<string, string[]> = {
    gateway: ['ADMIN_CLIENT_SECRET', 'IDEMPOTENCY_ENCRYPTION_KEY', 'INTERNAL_SIGNING_KEY', 'JWT_SECRET'],
    agreements: ['INTERNAL_VERIFY_KEYS'],
    rehabilitation: ['INTERNAL_VERIFY_KEYS', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY'],
    reintegration: ['INTERNAL_VERIFY_KEYS'],
    budgeting: ['INTERNAL_VERIFY_KEYS'],
    notifications: ['INTERNAL_VERIFY_KEYS', 'WEBHOOK_SECRET_KEY'],
  };

  it.each(Object.keys(SERVICE_SECRETS))(
    '%s exits non-zero naming every development secret when NODE_ENV=production',
    async (service) => {
      const { code, output } = await start(service, {
        ...devSecrets({}),
        ...(service === 'gateway' ? {} : { INTERNAL_VERIFY_KEYS: devInternalVerifyKeys(service, {}) }),
        NODE_ENV: 'production',
        ...devDatabaseUrls(service),
      });
      expect(code).toBe(1);
      const named = [...output.matchAll(/^\s+- ([A-Z_]+):/gm)].map((m) => m[1]).sort();
      expect(named).toEqual(['DATABASE_URL', 'MIGRATION_DATABASE_URL', ...SERVICE_SECRETS[service]].sort());
      expect(output).toContain(
        service === 'gateway'
          ? 'INTERNAL_SIGNING_KEY: is a public development value'
          : 'INTERNAL_VERIFY_KEYS: holds a development key',
      );
    },
  );

  const gatewayEnv = (secrets: Record<string, string>, nodeEnv?: string) =>
    parseEnv(GatewayEnv, {
      ...secrets,
      ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}),
      DATABASE_URL: databaseUrl(
        secrets.GATEWAY_DATABASE_PASSWORD ?? devDatabasePassword('sinergi_gateway_app'),
      ),
    });
  const problemsOf = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      if (error instanceof InvalidEnvironmentError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts the fresh secrets of `npm run secrets` in production, and development values outside it', () => {
    expect(gatewayEnv(freshSecrets(), 'production').JWT_SECRET).toHaveLength(43);
    expect(gatewayEnv(devSecrets({})).JWT_SECRET).toBe(devSecrets({}).JWT_SECRET);
    expect(gatewayEnv(devSecrets({}), 'development').ADMIN_CLIENT_SECRET).toBe('local-dev-admin-secret');
  });

  it('refuses the development keys of internal tokens in any form, and services holding one, in production', () => {
    const devMaster = JSON.parse(devSecrets({}).INTERNAL_SIGNING_KEY);
    const fresh = freshSecrets();
    // The same key bytes under another key id, the members in another order.
    const renamed = JSON.stringify({ k: devMaster.k, kid: 'renamed', kty: 'oct' });
    expect(problemsOf(() => gatewayEnv({ ...fresh, INTERNAL_SIGNING_KEY: renamed }, 'production'))).toEqual([
      'INTERNAL_SIGNING_KEY: holds a development key; set fresh keys (npm run secrets)',
    ]);
    expect(gatewayEnv(fresh, 'production').INTERNAL_SIGNING_KEY).toBe(fresh.INTERNAL_SIGNING_KEY);
    const serviceEnv = (keys: string) =>
      parseEnv(InternalServiceEnv, {
        NODE_ENV: 'production',
        INTERNAL_VERIFY_KEYS: keys,
        DATABASE_URL: databaseUrl(fresh.AGREEMENTS_DATABASE_PASSWORD, 'sinergi_agreements_app'),
      });
    const freshKeys = JSON.parse(fresh.AGREEMENTS_INTERNAL_VERIFY_KEYS).keys;
    // A rotation that still lists a development key is refused as a whole, whichever service's it is.
    for (const service of ['agreements', 'budgeting']) {
      const devKeys = JSON.parse(devInternalVerifyKeys(service, {})).keys;
      const rotation = JSON.stringify({
        keys: [...freshKeys, ...devKeys.map((k: object) => ({ ...k, kid: 'old' }))],
      });
      expect(problemsOf(() => serviceEnv(rotation))).toEqual([
        'INTERNAL_VERIFY_KEYS: holds a development key; set fresh keys (npm run secrets)',
      ]);
    }
    expect(serviceEnv(fresh.AGREEMENTS_INTERNAL_VERIFY_KEYS).INTERNAL_VERIFY_KEYS).toBe(
      fresh.AGREEMENTS_INTERNAL_VERIFY_KEYS,
    );
  });

  it('gives each service of `npm run secrets` its own key, derived from the gateway master key', () => {
    const fresh = freshSecrets();
    const services = ['agreements', 'rehabilitation', 'reintegration', 'budgeting', 'notifications'];
    const keys = services.map(
      (service) => JSON.parse(fresh[`${service.toUpperCase()}_INTERNAL_VERIFY_KEYS`]).keys,
    );
    expect(new Set(keys.map(([key]) => key.k)).size).toBe(services.length);
    const master = JSON.parse(fresh.INTERNAL_SIGNING_KEY);
    expect(keys.every((set) => set.length === 1 && set[0].kid === master.kid && set[0].k !== master.k)).toBe(
      true,
    );
    expect(
      Object.keys(fresh)
        .filter((name) => name.includes('INTERNAL'))
        .sort(),
    ).toEqual([
      'AGREEMENTS_INTERNAL_VERIFY_KEYS',
      'BUDGETING_INTERNAL_VERIFY_KEYS',
      'INTERNAL_SIGNING_KEY',
      'NOTIFICATIONS_INTERNAL_VERIFY_KEYS',
      'REHABILITATION_INTERNAL_VERIFY_KEYS',
      'REINTEGRATION_INTERNAL_VERIFY_KEYS',
    ]);
  });

  it("derives each service's key as it always did, and the k8s dev overlay holds the development keys", () => {
    // A known answer: a change of the derivation would lock every deployed service out.
    const master = JSON.stringify({ kty: 'oct', kid: 'kat', k: Buffer.alloc(32, 1).toString('base64url') });
    expect(JSON.parse(serviceKeySetOf(master, 'agreements'))).toEqual({
      keys: [{ kty: 'oct', kid: 'kat', k: 'CN1CE23eWQIi3jHvNFkfPDIIY7wuP-7eyJ4hZCqhBks' }],
    });
    const overlay = YAML.parseAllDocuments(
      readFileSync(path.join(REPO_ROOT, 'infra/k8s/dev/secrets.dev.yaml'), 'utf8'),
    ).map(
      (document) => document.toJSON() as { metadata: { name: string }; stringData: Record<string, string> },
    );
    const secret = (name: string) => overlay.find((s) => s.metadata.name === name)!.stringData;
    expect(secret('sinergi-gateway').INTERNAL_SIGNING_KEY).toBe(devSecrets({}).INTERNAL_SIGNING_KEY);
    for (const service of ['agreements', 'rehabilitation', 'reintegration', 'budgeting', 'notifications'])
      expect(secret(`sinergi-${service}`).INTERNAL_VERIFY_KEYS).toBe(devInternalVerifyKeys(service, {}));
    expect(secret('sinergi-secrets').INTERNAL_VERIFY_KEYS).toBeUndefined();
  });

  it('refuses missing and short secrets in production, all in one message', () => {
    const fresh = freshSecrets();
    const problems = problemsOf(() =>
      gatewayEnv({ ...fresh, JWT_SECRET: '', ADMIN_CLIENT_SECRET: 'twelve-chars-long' }, 'production'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^JWT_SECRET: .*at least 32/),
      expect.stringMatching(/^ADMIN_CLIENT_SECRET: must be at least 32 characters in production/),
    ]);
  });
});
