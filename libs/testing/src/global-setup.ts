import { randomBytes } from 'node:crypto';
import { ensureTopics } from '@sinergi/messaging';
import { dockerAvailable, postgresInfra, startLocalKafka } from './infrastructure';
import { TEST_ENV } from './test-env';

/**
 * Reaches a real PostgreSQL and Kafka for the test run: the ones named by DATABASE_URL /
 * KAFKA_BROKERS, containers when a Docker engine answers, otherwise the project's local servers.
 * Each run gets its own database and its own topic prefix, so runs never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  const log = (message: string) => process.stdout.write(`[test-infra] ${message}\n`);
  const runId = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${randomBytes(3).toString('hex')}`;
  const useDocker = !process.env.DATABASE_URL && !process.env.KAFKA_BROKERS && (await dockerAvailable());

  let adminUrl = postgresInfra.adminUrl();
  let brokers = process.env.KAFKA_BROKERS;
  if (useDocker) {
    const containers = await import('./containers');
    ({ adminUrl, brokers } = await containers.startContainers(log));
  }
  if (!brokers) {
    const started = await startLocalKafka();
    if (started) process.env[TEST_ENV.startedKafka] = '1';
    brokers = '127.0.0.1:9092';
  }

  const database = `sinergi_test_${runId}`;
  const serviceUrls = await postgresInfra.provision({ database, url: adminUrl, log: () => undefined });
  const topicPrefix = `test-${runId}.`;
  await ensureTopics({ brokers: brokers.split(','), clientId: 'test-setup', topicPrefix });
  log(
    `postgres ${new URL(adminUrl).host} database ${database}; kafka ${brokers} topic prefix ${topicPrefix}`,
  );

  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.database] = database;
  process.env[TEST_ENV.serviceUrls] = JSON.stringify(serviceUrls);
  process.env[TEST_ENV.brokers] = brokers;
  process.env[TEST_ENV.topicPrefix] = topicPrefix;
}
