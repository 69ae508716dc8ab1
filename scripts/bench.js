// `npm run bench`: benchmarks on the real PostgreSQL and Kafka, each printing its result next to a
// raw baseline measured in the same run with PASS/FAIL against its target, then writing
// docs/BENCHMARKS.md. Uses a database and topic prefix of its own, removed afterwards.
//   npm run bench                     every benchmark
//   npm run bench -- G1               only those whose file or id matches
//   BENCH_SECONDS=8 BENCH_CONNECTIONS=32 (defaults) set the load of each HTTP measurement.
//   BENCH_GROWTH_SCALES=1,10,100 BENCH_SOAK_MINUTES=10 (defaults) size GROWTH and SOAK.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, ensureInfrastructure, stopKafka } = require('./infra');

const BENCHMARKS = [
  { id: 'G1 M1', file: 'services/gateway/bench/gateway-forward.ts' },
  { id: 'S1', file: 'services/rehabilitation/bench/commands.ts' },
  { id: 'S1', file: 'services/budgeting/bench/commands.ts' },
  { id: 'A1', file: 'services/gateway/bench/aggregates.ts' },
  { id: 'E1', file: 'libs/messaging/bench/event-pipeline.ts' },
  { id: 'E0', file: 'libs/messaging/bench/relay-throughput.ts' },
  { id: 'GROWTH', file: 'services/gateway/bench/growth.ts' },
  { id: 'SOAK', file: 'services/gateway/bench/soak.ts' },
];

const REPORT = path.join(ROOT, 'docs/BENCHMARKS.md');
const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/**
 * Replaces the generated section of docs/BENCHMARKS.md with this run's table and the tables some
 * benchmarks report of their own (`sections`: how cost grows, the soak); the rest of the file is prose.
 */
function writeReport(results, sections, started) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const rows = results.map(
    (r) =>
      `| ${r.id} | ${r.what} | ${r.measured} | ${r.baseline} | ${r.ratio} | ${r.pass ? 'PASS' : 'FAIL'} |`,
  );
  const section = `${BEGIN}
Last full run: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu},
${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average at the start
${os.loadavg()[0].toFixed(1)}.

| target | what | Sinergi | raw baseline | ratio (target) | result |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${sections.map((s) => `\n### ${s.section}\n\n${s.markdown}\n`).join('')}${END}`;
  const text = fs.readFileSync(REPORT, 'utf8');
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`${REPORT} has lost its ${BEGIN} … ${END} markers`);
  fs.writeFileSync(REPORT, text.slice(0, from) + section + text.slice(to + END.length));
}

async function main() {
  const only = process.argv.slice(2);
  const selected = BENCHMARKS.filter(
    (b) => only.length === 0 || only.some((o) => b.file.includes(o) || b.id.split(' ').includes(o)),
  );
  require('./built').ensureBuilt(
    'contracts',
    'platform',
    'messaging',
    'testing',
    'gateway',
    'agreements',
    'rehabilitation',
    'budgeting',
    'reintegration',
    'notifications',
  );
  const infra = await ensureInfrastructure((m) => console.log(m));
  const { provision, dropDatabase } = require('../infra/postgres/provision');
  const { ensureTopics, deleteTopicsWithPrefix } = require(path.join(ROOT, 'libs/messaging/dist'));
  const runId = `bench_${Date.now()}`;
  const database = `sinergi_${runId}`;
  const prefix = `${runId}.`;
  const connection = { brokers: infra.brokers.split(','), clientId: 'bench' };
  const urls = await provision({ database, url: infra.adminUrl, log: () => undefined });
  await ensureTopics({ ...connection, topicPrefix: prefix });
  const resultsFile = path.join(os.tmpdir(), `${runId}.jsonl`);
  const env = {
    ...process.env,
    SINERGI_TEST_ADMIN_DATABASE_URL: infra.adminUrl,
    SINERGI_TEST_DATABASE: database,
    SINERGI_TEST_SERVICE_DATABASE_URLS: JSON.stringify(urls),
    SINERGI_TEST_KAFKA_BROKERS: infra.brokers,
    SINERGI_TEST_TOPIC_PREFIX: prefix,
    SINERGI_BENCH_RESULTS: resultsFile,
  };
  const started = new Date();
  try {
    for (const bench of selected) {
      execFileSync(
        process.execPath,
        [
          ...(process.env.BENCH_PROFILE
            ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, '.cache/profiles')}`]
            : []),
          '-r',
          path.join(ROOT, 'libs/testing/register-ts.js'),
          path.join(ROOT, bench.file),
        ],
        { env, stdio: 'inherit' },
      );
    }
  } finally {
    await deleteTopicsWithPrefix(connection, prefix).catch(() => undefined);
    await dropDatabase(database, infra.adminUrl);
    // GROWTH and SOAK run the platform on a database of their own, `<database>_<id>`, which they
    // drop themselves unless they were stopped half-way.
    for (const bench of selected)
      await dropDatabase(`${database}_${bench.id.toLowerCase()}`, infra.adminUrl).catch(() => undefined);
    if (infra.startedKafka) stopKafka();
  }
  const lines = fs.existsSync(resultsFile)
    ? fs
        .readFileSync(resultsFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];
  fs.rmSync(resultsFile, { force: true });
  const results = lines.filter((line) => !line.section);
  const sections = lines.filter((line) => line.section);
  if (only.length === 0) writeReport(results, sections, started);
  const failed = results.filter((r) => !r.pass);
  console.log(`\nbench: ${results.length - failed.length} of ${results.length} targets PASS`);
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
