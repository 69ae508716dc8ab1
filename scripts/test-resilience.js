// `npm run test:resilience`: the drills that kill a part of the platform: a broker of a private Kafka
// cluster (libs/messaging/test/*.resilience-spec.ts) and a service instance behind the gateway
// (services/gateway/test/*.resilience-spec.ts). Slow; CI runs them after `npm test`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, ensureInfrastructure, stopKafka } = require('./infra');

async function main() {
  const infra = await ensureInfrastructure((m) => console.log(m));
  let status = 0;
  for (const project of ['libs/messaging', 'services/gateway']) {
    const run = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '-c', 'jest.resilience.config.js', ...process.argv.slice(2)],
      {
        cwd: path.join(ROOT, project),
        env: { ...process.env, KAFKA_BROKERS: infra.brokers },
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) status = run.status ?? 1;
  }
  if (infra.startedKafka) stopKafka();
  process.exit(status);
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
