// `npm run bench`: benchmarks on the real PostgreSQL and Kafka, each printing a ratio against a
// baseline measured in the same run. Uses a database and topic prefix of its own, removed afterwards.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, ensureInfrastructure, stopKafka } = require('./infra');

const BENCHMARKS = ['libs/messaging/bench/relay-throughput.ts'];

async function main() {
  require('./built').ensureBuilt('messaging');
  const infra = await ensureInfrastructure((m) => console.log(m));
  const { provision, dropDatabase } = require('../infra/postgres/provision');
  const { ensureTopics, deleteTopicsWithPrefix } = require(path.join(ROOT, 'libs/messaging/dist'));
  const runId = `bench_${Date.now()}`;
  const database = `sinergi_${runId}`;
  const prefix = `${runId}.`;
  const connection = { brokers: infra.brokers.split(','), clientId: 'bench' };
  const urls = await provision({ database, url: infra.adminUrl, log: () => undefined });
  await ensureTopics({ ...connection, topicPrefix: prefix });
  const env = {
    ...process.env,
    SINERGI_TEST_ADMIN_DATABASE_URL: infra.adminUrl,
    SINERGI_TEST_DATABASE: database,
    SINERGI_TEST_SERVICE_DATABASE_URLS: JSON.stringify(urls),
    SINERGI_TEST_KAFKA_BROKERS: infra.brokers,
    SINERGI_TEST_TOPIC_PREFIX: prefix,
  };
  try {
    for (const bench of BENCHMARKS) {
      execFileSync(
        process.execPath,
        ['-r', path.join(ROOT, 'libs/testing/register-ts.js'), path.join(ROOT, bench)],
        {
          env,
          stdio: 'inherit',
        },
      );
    }
  } finally {
    await deleteTopicsWithPrefix(connection, prefix).catch(() => undefined);
    await dropDatabase(database, infra.adminUrl);
    if (infra.startedKafka) stopKafka();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
