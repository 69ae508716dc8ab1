import { deleteTopicsWithPrefix } from '@sinergi/messaging';
import { postgresInfra, stopLocalKafka } from './infrastructure';
import { TEST_ENV } from './test-env';

/** Drops the run's database and topics; stops only the servers this run started. */
export default async function globalTeardown(): Promise<void> {
  const brokers = process.env[TEST_ENV.brokers];
  const prefix = process.env[TEST_ENV.topicPrefix];
  const database = process.env[TEST_ENV.database];
  if (process.env.KEEP_TEST_DATA !== '1') {
    if (brokers && prefix) {
      await deleteTopicsWithPrefix({ brokers: brokers.split(','), clientId: 'test-teardown' }, prefix).catch(
        (error: Error) => process.stdout.write(`[test-infra] could not delete topics: ${error.message}\n`),
      );
    }
    if (database) await postgresInfra.dropDatabase(database, process.env[TEST_ENV.adminUrl]);
  }
  if (process.env[TEST_ENV.startedKafka] === '1') await stopLocalKafka();
  const containers = (globalThis as { __sinergiContainers?: Array<{ stop(): Promise<unknown> }> })
    .__sinergiContainers;
  for (const container of containers ?? []) await container.stop();
}
