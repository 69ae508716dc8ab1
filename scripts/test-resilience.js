// `npm run test:resilience`: the drills that start private Kafka clusters and kill brokers
// (libs/messaging/test/*.resilience-spec.ts). Slow; CI runs them after `npm test`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, ensureInfrastructure, stopKafka } = require('./infra');

async function main() {
  const infra = await ensureInfrastructure((m) => console.log(m));
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '-c', 'jest.resilience.config.js', ...process.argv.slice(2)],
    {
      cwd: path.join(ROOT, 'libs/messaging'),
      env: { ...process.env, KAFKA_BROKERS: infra.brokers },
      stdio: 'inherit',
    },
  );
  if (infra.startedKafka) stopKafka();
  process.exit(run.status ?? 1);
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
