// Brings up the infrastructure the platform needs when none is configured:
// PostgreSQL through infra/postgres, Kafka through infra/kafka (or says what to install).
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');
const { adminUrl, ensureLocalServer, portOpen } = require('../infra/postgres/provision');

const ROOT = path.resolve(__dirname, '..');
const KAFKA_SCRIPT = path.join(ROOT, 'infra/kafka/kafka.sh');

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Returns { adminUrl, brokers, startedKafka }; throws with an explanation when something is missing. */
async function ensureInfrastructure(log = console.log) {
  const url = adminUrl();
  await ensureLocalServer(url, log);
  log(`✓ PostgreSQL ${new URL(url).host}`);

  if (process.env.KAFKA_BROKERS) {
    log(`✓ Kafka ${process.env.KAFKA_BROKERS} (KAFKA_BROKERS)`);
    return { adminUrl: url, brokers: process.env.KAFKA_BROKERS, startedKafka: false };
  }
  if (await portOpen('127.0.0.1', 9092)) {
    log('✓ Kafka 127.0.0.1:9092 (already running)');
    return { adminUrl: url, brokers: '127.0.0.1:9092', startedKafka: false };
  }
  if (!has('java')) {
    throw new Error(
      'Kafka is not running and Java is not installed, so the local broker cannot start.\n' +
        '  Install Java 17 and Maven (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless maven),\n' +
        '  or start the stack with Docker (docker compose up), or set KAFKA_BROKERS to an existing broker.',
    );
  }
  log('… starting Kafka (the first start downloads Apache Kafka 3.9.1 from Maven Central)');
  execFileSync('bash', [KAFKA_SCRIPT, 'start'], { stdio: 'inherit' });
  log('✓ Kafka 127.0.0.1:9092');
  return { adminUrl: url, brokers: '127.0.0.1:9092', startedKafka: true };
}

function stopKafka() {
  execFileSync('bash', [KAFKA_SCRIPT, 'stop'], { stdio: 'inherit' });
}

module.exports = { ROOT, ensureInfrastructure, stopKafka };
