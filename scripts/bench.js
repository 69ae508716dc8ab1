// `npm run bench`: benchmarks on the real PostgreSQL and Kafka, each printing its result next to a
// raw baseline measured in the same run with PASS/FAIL against its target, then writing
// docs/BENCHMARKS.md. Uses a database and topic prefix of its own, removed afterwards.
//   npm run bench                     every benchmark
//   npm run bench -- G1               only those whose file or id matches
//   BENCH_SECONDS=8 BENCH_CONNECTIONS=32 (defaults) set the load of each HTTP measurement.
//   BENCH_GROWTH_SCALES=1,10,100 BENCH_SOAK_MINUTES=10 (defaults) size GROWTH and SOAK.
//   BENCH_RUNS=3 runs them three times, each on a fresh database, and reports each target's median.
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
function writeReport(results, sections, started, runCount, stopped) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const rows = results.map(
    (r) =>
      `| ${r.id} | ${r.what} | ${r.measured} | ${r.baseline} | ${r.ratio} | ${r.pass ? 'PASS' : 'FAIL'} |`,
  );
  const section = `${BEGIN}
Last full run${runCount > 1 ? ` (median of ${runCount} runs)` : ''}: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu},
${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average at the start
${os.loadavg()[0].toFixed(1)}.

| target | what | Sinergi | raw baseline | ratio (target) | result |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${stopped.length > 0 ? `\nStopped before the end (their targets are missing above): ${stopped.join(', ')}.\n` : ''}${sections.map((s) => `\n### ${s.section}\n\n${s.markdown}\n`).join('')}${END}`;
  const text = fs.readFileSync(REPORT, 'utf8');
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`${REPORT} has lost its ${BEGIN} … ${END} markers`);
  fs.writeFileSync(REPORT, text.slice(0, from) + section + text.slice(to + END.length));
}

/**
 * Lets the next benchmark start on a settled database: vacuums and analyses what the previous one
 * left (A1 writes some thousand agreements into every schema), which autovacuum would otherwise
 * take up during the next one's measurement, then writes out the dirty pages, which the system
 * would otherwise flush meanwhile.
 */
async function settle(adminUrl, database) {
  const { Client } = require('pg');
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

/** Runs the selected benchmarks once, on a database and topic prefix of their own; returns what they reported. */
async function runOnce(selected, infra) {
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
  const stopped = [];
  try {
    for (const bench of selected) {
      try {
        await settle(infra.adminUrl, database);
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
      } catch (error) {
        // One benchmark stopping (its own message is above) does not stop the others.
        console.error(`bench: ${bench.file} stopped: ${error.message.split('\n')[0]}`);
        stopped.push(bench.file);
      }
    }
  } finally {
    await deleteTopicsWithPrefix(connection, prefix).catch(() => undefined);
    await dropDatabase(database, infra.adminUrl);
    // GROWTH and SOAK run the platform on a database of their own, `<database>_<id>`, which they
    // drop themselves unless they were stopped half-way.
    for (const bench of selected)
      await dropDatabase(`${database}_${bench.id.toLowerCase()}`, infra.adminUrl).catch(() => undefined);
  }
  const lines = fs.existsSync(resultsFile)
    ? fs
        .readFileSync(resultsFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  fs.rmSync(resultsFile, { force: true });
  return { lines, stopped };
}

/** The first number of a verdict's ratio ("0.93× (≥ 0.90)", "+4.2 ms (≤ 5 ms)", "p50 412.0 ms (≤ 500 ms)"). */
function ratioValue(result) {
  const [number] = result.ratio.replace(/^p\d+ /, '').match(/[-−+]?\d[\d,]*(\.\d+)?/) ?? ['NaN'];
  return Number.parseFloat(number.replace('−', '-').replaceAll(',', ''));
}

/**
 * With several runs, each target's result is the run whose ratio is the median of that target's
 * ratios (its PASS/FAIL is that run's); every run's ratio is kept beside it.
 */
function medianResults(runs) {
  const byTarget = new Map();
  for (const run of runs)
    for (const result of run.filter((line) => !line.section)) {
      const key = `${result.id}\u0000${result.what}`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), result]);
    }
  return [...byTarget.values()].map((results) => {
    const sorted = [...results].sort((a, b) => ratioValue(a) - ratioValue(b));
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    return runs.length === 1
      ? median
      : {
          ...median,
          ratio: `${median.ratio}; runs: ${results.map((r) => r.ratio.split(' (')[0]).join(', ')}`,
        };
  });
}

async function main() {
  const only = process.argv.slice(2);
  const selected = BENCHMARKS.filter(
    (b) => only.length === 0 || only.some((o) => b.file.includes(o) || b.id.split(' ').includes(o)),
  );
  if (selected.length === 0) throw new Error(`no benchmark matches ${only.join(' ')}`);
  const runCount = Number(process.env.BENCH_RUNS ?? 1);
  if (!Number.isInteger(runCount) || runCount < 1)
    throw new Error(`BENCH_RUNS must be a whole number of at least 1, not ${process.env.BENCH_RUNS}`);
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
  const started = new Date();
  const runs = [];
  const stoppedBenchmarks = [];
  try {
    for (let run = 1; run <= runCount; run++) {
      if (runCount > 1) console.log(`\nbench: run ${run} of ${runCount}`);
      const { lines, stopped } = await runOnce(selected, infra);
      runs.push(lines);
      stoppedBenchmarks.push(...stopped.map((file) => (runCount > 1 ? `${file} (run ${run})` : file)));
    }
  } finally {
    if (infra.startedKafka) stopKafka();
  }
  const results = medianResults(runs);
  // Tables of their own (growth, soak) come from the last run.
  const sections = runs.at(-1).filter((line) => line.section);
  if (only.length === 0) writeReport(results, sections, started, runCount, stoppedBenchmarks);
  if (runCount > 1) {
    console.log(`\nbench: median of ${runCount} runs`);
    for (const r of results) console.log(`  ${r.pass ? 'PASS' : 'FAIL'} ${r.id} ${r.what}: ${r.ratio}`);
  }
  const failed = results.filter((r) => !r.pass);
  console.log(`\nbench: ${results.length - failed.length} of ${results.length} targets PASS`);
  if (stoppedBenchmarks.length > 0)
    console.log(`bench: stopped before the end: ${stoppedBenchmarks.join(', ')}`);
  if (failed.length > 0 || stoppedBenchmarks.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
