// The whole platform for a benchmark: every service as its own process (its RSS measurable), on a
// database and topic prefix of the benchmark's own, with the Muaro Jambi story told through the gateway.
import { deleteTopicsWithPrefix, ensureTopics } from '@sinergi/messaging';
import {
  REPO_ROOT,
  serviceTestEnv,
  startProcess,
  TEST_ENV,
  TEST_GATEWAY_SECRETS,
  TEST_NIK_KEYS,
  TEST_WEBHOOK_SETTINGS,
  testInfrastructure,
  type BenchProcess,
} from '@sinergi/testing';
import path from 'node:path';
import { ApiSession } from '../src/demo/api-session';
import { runMuaroJambiJourney, type JourneyResult } from '../src/demo/muaro-jambi-journey';

export const SERVICES = [
  'agreements',
  'rehabilitation',
  'reintegration',
  'budgeting',
  'notifications',
] as const;
export type ServiceName = (typeof SERVICES)[number] | 'gateway';

const SERVICE_SETTINGS: Record<string, Record<string, string>> = {
  rehabilitation: TEST_NIK_KEYS,
  notifications: TEST_WEBHOOK_SETTINGS,
};

export interface BenchPlatform {
  /** The services and the gateway, in start order (the gateway last). */
  processes: Array<[ServiceName, BenchProcess]>;
  gatewayUrl: string;
  journey: JourneyResult;
  /** A fresh platform-admin bearer header (tokens live 15 minutes). */
  adminHeaders(): Promise<Record<string, string>>;
  /** The URL of the service's schema owner, as its migrations use it. */
  ownerUrl(service: ServiceName): string;
  stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the provisioning script is plain CommonJS
const provisioning = require(path.join(REPO_ROOT, 'infra/postgres/provision.js')) as {
  provision(options: { database: string; url: string; log: () => void }): Promise<unknown>;
  dropDatabase(database: string, url: string): Promise<void>;
};

/**
 * Starts the platform on `<run database>_<name>` and topics `<run prefix><name>.` (so that its data
 * and events meet no other benchmark's), then runs the Muaro Jambi journey through the gateway.
 */
export async function startBenchPlatform(name: string): Promise<BenchPlatform> {
  const infra = testInfrastructure();
  const database = `${process.env[TEST_ENV.database]}_${name}`;
  const topicPrefix = `${infra.topicPrefix}${name}.`;
  const connection = { brokers: infra.brokers.split(','), clientId: `bench-${name}` };
  const urls = await provisioning.provision({ database, url: infra.adminUrl, log: () => undefined });
  process.env[TEST_ENV.serviceUrls] = JSON.stringify(urls);
  process.env[TEST_ENV.topicPrefix] = topicPrefix;
  await ensureTopics({ ...connection, topicPrefix });

  const processes: Array<[ServiceName, BenchProcess]> = [];
  const stop = async () => {
    for (const [, p] of [...processes].reverse()) await p.stop();
    await deleteTopicsWithPrefix(connection, topicPrefix).catch(() => undefined);
    await provisioning.dropDatabase(database, infra.adminUrl);
  };
  try {
    const dist = (service: string) => path.join(REPO_ROOT, 'services', service, 'dist/main.js');
    const urlOf: Record<string, string> = {};
    for (const service of SERVICES) {
      const started = await startProcess(
        service,
        dist(service),
        serviceTestEnv(service, SERVICE_SETTINGS[service] ?? {}),
      );
      processes.push([service, started]);
      urlOf[`${service.toUpperCase()}_URL`] = started.url;
    }
    const gateway = await startProcess(
      'gateway',
      dist('gateway'),
      serviceTestEnv('gateway', { ...urlOf, RATE_LIMIT_PER_MINUTE: '1000000000' }),
    );
    processes.push(['gateway', gateway]);
    const login = () =>
      ApiSession.login(
        gateway.url,
        TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
        TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
      );
    const journey = (await runMuaroJambiJourney({ baseUrl: gateway.url, admin: await login() }))!;
    return {
      processes,
      gatewayUrl: gateway.url,
      journey,
      adminHeaders: async () => {
        const { body } = await new ApiSession(gateway.url).send(
          'POST',
          '/auth/token',
          {
            clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
            clientSecret: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
          },
          200,
        );
        return { authorization: `Bearer ${body.accessToken as string}` };
      },
      ownerUrl: (service) => testInfrastructure().migrationDatabaseUrlOf(service),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
