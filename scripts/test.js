// `npm test`: brings up PostgreSQL and Kafka when none is configured, runs every project's tests
// (unit and integration, against the real servers), then names every failed test and prints one
// closing summary line.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, ensureInfrastructure, stopKafka } = require('./infra');

async function main() {
  const resultsDir = path.join(ROOT, '.cache/test-results');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  const infra = await ensureInfrastructure((m) => console.log(m));
  const env = { ...process.env, KAFKA_BROKERS: infra.brokers, SINERGI_TEST_RESULTS_DIR: resultsDir };
  const projects = process.argv.slice(2);
  const args =
    projects.length > 0 ? ['run-many', '-t', 'test', '-p', ...projects] : ['run-many', '-t', 'test'];
  const run = spawnSync(
    process.execPath,
    [require.resolve('nx/bin/nx'), ...args, '--output-style=stream', '--skip-nx-cache'],
    {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    },
  );
  if (infra.startedKafka) stopKafka();

  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  const files = fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir) : [];
  for (const file of files) {
    const result = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += result[key];
    const project = path.basename(file, '.json');
    for (const failure of result.failures) failures.push({ project, ...failure });
  }
  for (const { project, where, test, message } of failures) {
    console.log(`\n✗ ${project} ${where} › ${test}\n${message.replace(/^/gm, '    ')}`);
  }
  console.log(
    `\nprojects tested: ${files
      .map((f) => path.basename(f, '.json'))
      .sort()
      .join(', ')}`,
  );
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  if (run.status !== 0 && totals.failed === 0)
    console.log(
      `\n✗ a project's test run failed outside its tests (exit ${run.status}): see "Failed tasks" and its output above`,
    );
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(run.status === 0 && totals.failed === 0 && totals.passed > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
