import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { InvalidEnvironmentError, parseEnv } from '@sinergi/platform';
import { REPO_ROOT } from '@sinergi/testing';
import { GatewayEnv } from '../src/config/gateway-env';

/* eslint-disable @typescript-eslint/no-require-imports -- the plain-JS scripts of the repository */
const { devSecrets, devDatabasePassword } = require(path.join(REPO_ROOT, 'scripts/dev-secrets.js'));
const { freshSecrets } = require(path.join(REPO_ROOT, 'scripts/secrets.js'));
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
  const SERVICE_SECRETS: Record<string, string[]> = {
    gateway: ['ADMIN_CLIENT_SECRET', 'IDEMPOTENCY_ENCRYPTION_KEY', 'JWT_SECRET'],
    agreements: [],
    rehabilitation: ['NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY'],
    reintegration: [],
    budgeting: [],
  };

  it.each(Object.keys(SERVICE_SECRETS))(
    '%s exits non-zero naming every development secret when NODE_ENV=production',
    async (service) => {
      const { code, output } = await start(service, {
        ...devSecrets({}),
        NODE_ENV: 'production',
        ...devDatabaseUrls(service),
      });
      expect(code).toBe(1);
      const named = [...output.matchAll(/^\s+- ([A-Z_]+):/gm)].map((m) => m[1]).sort();
      expect(named).toEqual(
        [
          'DATABASE_URL',
          'MIGRATION_DATABASE_URL',
          'INTERNAL_AUTH_SECRET',
          ...SERVICE_SECRETS[service],
        ].sort(),
      );
      expect(output).toContain('public development value');
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
