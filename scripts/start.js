// `npm start`: infrastructure, topics, all six services (ready-checked), then the gateway URL.
// Ctrl-C stops everything this script started.
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, ensureInfrastructure, stopKafka } = require('./infra');
const { provision } = require('../infra/postgres/provision');
const { SERVICES, SERVICE_NODE_FLAGS, SERVICE_PROCESS_ENV } = require('../infra/services');
const { devInternalVerifyKeys, devSecrets } = require('./dev-secrets');
const { parseReplicas, replicaSpec, instancesOf, gatewayUrls } = require('./replicas');

const READY_TIMEOUT_MS = Number(process.env.START_READY_TIMEOUT_MS || 120_000);
const LOG_DIR = path.join(ROOT, '.cache/logs');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const children = new Map();
let kafkaStartedHere = false;
let stopping = false;

/** Waits for readiness on the service's management port (`url`); resolves with its Node version. */
async function waitReady(name, url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        const live = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(2_000) });
        return (await live.json()).node;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} not ready after ${READY_TIMEOUT_MS / 1000} s`);
}

const portOf = ({ name, port }) => Number(process.env[`${name.toUpperCase()}_PORT`] || port);

/** The management port (/health/*, /metrics) of an instance: its port + 6000, never published. */
const managementPortOf = ({ port }) => port + 6000;

function startServiceProcess({ service, name, port }, env) {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [...SERVICE_NODE_FLAGS, path.join(ROOT, 'services', service, 'dist/main.js')],
    {
      env: {
        ...process.env,
        ...SERVICE_PROCESS_ENV,
        ...env,
        PORT: String(port),
        MANAGEMENT_PORT: String(managementPortOf({ port })),
      },
      stdio: ['ignore', out, out],
    },
  );
  children.set(name, child);
  return { child, logFile };
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
  if (kafkaStartedHere) stopKafka();
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  console.log(`Sinergi: starting the platform on Node ${process.versions.node}`);
  const replicas = parseReplicas(
    replicaSpec(process.argv.slice(2), process.env),
    SERVICES.map((s) => s.name),
  );
  const instances = instancesOf(SERVICES, replicas, portOf);
  execFileSync(
    process.execPath,
    [require.resolve('nx/bin/nx'), 'run-many', '-t', 'build', '--output-style=static'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  console.log(`✓ built (${elapsed()})`);

  const infra = await ensureInfrastructure((m) => console.log(m));
  kafkaStartedHere = infra.startedKafka;
  const databaseUrls = await provision({ url: infra.adminUrl, log: () => undefined });
  console.log(`✓ database "sinergi", one schema, owner role and runtime role per service (${elapsed()})`);

  const { ensureTopics, kafkaConnectionFromEnv, topicSettingsFromEnv } = require('@sinergi/messaging');
  const created = await ensureTopics(
    { ...kafkaConnectionFromEnv('sinergi-start'), brokers: infra.brokers.split(','), topicPrefix: '' },
    topicSettingsFromEnv(),
  );
  console.log(`✓ Kafka topics (${created.length} created) (${elapsed()})`);

  const secrets = devSecrets();
  const shared = { KAFKA_BROKERS: infra.brokers, ...secrets };
  const launched = instances.map((instance) => ({
    ...instance,
    // Each service runs as its runtime role and applies its pending migrations at start as the owner.
    ...startServiceProcess(instance, {
      ...shared,
      DATABASE_URL: databaseUrls[instance.service].databaseUrl,
      MIGRATION_DATABASE_URL: databaseUrls[instance.service].migrationDatabaseUrl,
      OTEL_SERVICE_NAME: instance.service,
      // Each service gets only its own key of internal tokens; the gateway, the master key.
      ...(instance.service === 'gateway'
        ? gatewayUrls(instances)
        : { INTERNAL_VERIFY_KEYS: devInternalVerifyKeys(instance.service) }),
    }),
  }));
  await Promise.all(
    launched.map(async ({ name, port, child, logFile }) => {
      const url = `http://127.0.0.1:${port}`;
      try {
        const node = await waitReady(name, `http://127.0.0.1:${managementPortOf({ port })}`, child);
        console.log(`✓ ${name.padEnd(15)} ready at ${url} on Node ${node} (${elapsed()})`);
      } catch (error) {
        const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
        throw new Error(`${error.message}; last lines of ${path.relative(ROOT, logFile)}:\n${tail}`);
      }
    }),
  );

  const gateway = `http://127.0.0.1:${portOf(SERVICES.find((s) => s.name === 'gateway'))}`;
  if (process.env.SEED_DEMO !== 'false') {
    console.log('… seeding the Muaro Jambi demo through the public API');
    execFileSync(process.execPath, [path.join(ROOT, 'services/gateway/dist/demo/seed.js')], {
      env: { ...process.env, ...secrets, GATEWAY_URL: gateway },
      stdio: 'inherit',
    });
  }
  console.log(`\nSinergi is running (${elapsed()}): ${gateway}  (API docs: ${gateway}/docs)`);
  console.log('Logs in .cache/logs/. Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(`\n✗ ${error.message}`);
  stopAll(1);
});
