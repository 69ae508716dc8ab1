// `npm run replay -- --consumer <service> --handler <Class.method> --from <ISO time|offset>`:
// gives one handler of a service the past events of its type still in Kafka, through the service's
// inbox (nothing is applied twice). Runs the service's own code with its environment
// (DATABASE_URL, KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, KAFKA_SSL, KAFKA_SASL_*; local development values
// when unset) and
// neither serves HTTP nor consumes live: the running service keeps doing that.
const path = require('node:path');
const { parseArgs } = require('node:util');
const { ensureBuilt } = require('./built');
const { devInternalVerifyKeys, devSecrets } = require('./dev-secrets');

const ROOT = path.resolve(__dirname, '..');
const CONSUMERS = ['agreements', 'rehabilitation', 'reintegration', 'budgeting', 'notifications'];
const USAGE =
  `usage: npm run replay -- --consumer <${CONSUMERS.join('|')}> --handler <Class.method> ` +
  '--from <ISO time, e.g. 2026-11-01T00:00:00Z | offset>';

function fail(message, code = 1) {
  console.error(`replay: ${message}`);
  process.exit(code);
}

async function serviceEnv(service) {
  const env = {
    KAFKA_BROKERS: '127.0.0.1:9092',
    LOG_LEVEL: 'warn',
    ...devSecrets(),
    INTERNAL_VERIFY_KEYS: devInternalVerifyKeys(service),
    ...process.env,
  };
  if (!process.env.DATABASE_URL) {
    const { provision } = require('../infra/postgres/provision');
    const urls = await provision({ log: () => undefined });
    env.DATABASE_URL = urls[service].databaseUrl;
  }
  return env;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { consumer: { type: 'string' }, handler: { type: 'string' }, from: { type: 'string' } },
    }));
  } catch (error) {
    fail(`${error.message}\n${USAGE}`, 2);
  }
  if (!values.consumer || !values.handler || !values.from) fail(USAGE, 2);
  if (!CONSUMERS.includes(values.consumer))
    fail(
      `unknown service ${values.consumer}: the services that consume events are ${CONSUMERS.join(', ')}`,
      2,
    );

  ensureBuilt(values.consumer);
  const { parseReplayFrom, replay, ReplayError } = require('@sinergi/messaging');
  const { createServiceApp, parseEnv } = require('@sinergi/platform');
  let from;
  try {
    from = parseReplayFrom(values.from);
  } catch (error) {
    fail(error.message, 2);
  }
  const exported = require(path.join(ROOT, 'services', values.consumer, 'dist/service.js'));
  const definition = Object.values(exported).find((d) => d && d.name === values.consumer && d.imports);
  const env = parseEnv(definition.envClass, await serviceEnv(values.consumer));
  const { app } = await createServiceApp(definition, env);
  try {
    const started = Date.now();
    const { applied, alreadyApplied, read } = await replay(app, {
      handler: values.handler,
      from,
      log: (line) => console.log(line),
    });
    console.log(
      `replayed ${values.consumer} ${values.handler}: ${applied} event(s) applied, ${alreadyApplied} already ` +
        `applied, ${read} message(s) read in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (error instanceof ReplayError) fail(error.message);
    throw error;
  } finally {
    await app.close();
  }
}

main().catch((error) => fail(error.stack || error.message));
