// `npm run redrive -- --consumer <name> [--event-id <id>]`: puts a consumer's dead-lettered
// messages back on its retry topic. Reads KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, KAFKA_SSL, KAFKA_SSL_CA_FILE
// and KAFKA_SASL_*.
const { parseArgs } = require('node:util');
const { ensureBuilt } = require('./built');

const CONSUMERS = ['agreements', 'rehabilitation', 'reintegration', 'budgeting', 'notifications'];

async function main() {
  const { values } = parseArgs({ options: { consumer: { type: 'string' }, 'event-id': { type: 'string' } } });
  if (!values.consumer || !CONSUMERS.includes(values.consumer)) {
    console.error(`usage: npm run redrive -- --consumer <${CONSUMERS.join('|')}> [--event-id <uuid>]`);
    process.exit(2);
  }
  ensureBuilt('messaging');
  const { kafkaConnectionFromEnv, redrive } = require('@sinergi/messaging');
  const { redriven, scanned } = await redrive({
    connection: kafkaConnectionFromEnv('sinergi-redrive'),
    consumer: values.consumer,
    eventId: values['event-id'],
    log: console.log,
  });
  if (values['event-id'] && redriven === 0) {
    console.error(
      `event ${values['event-id']} is not among the ${scanned} dead-lettered message(s) of ${values.consumer}`,
    );
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`redrive: ${error.message}`);
  process.exit(1);
});
