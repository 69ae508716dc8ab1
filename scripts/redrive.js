// `npm run redrive -- --consumer <name> [--event-id <id>]`: puts a consumer's dead-lettered
// messages back on its retry topic. Reads KAFKA_BROKERS and KAFKA_TOPIC_PREFIX.
const { parseArgs } = require('node:util');
const { ensureBuilt } = require('./built');

const CONSUMERS = ['agreements', 'rehabilitation', 'reintegration', 'budgeting'];

async function main() {
  const { values } = parseArgs({ options: { consumer: { type: 'string' }, 'event-id': { type: 'string' } } });
  if (!values.consumer || !CONSUMERS.includes(values.consumer)) {
    console.error(`usage: npm run redrive -- --consumer <${CONSUMERS.join('|')}> [--event-id <uuid>]`);
    process.exit(2);
  }
  ensureBuilt('messaging');
  const { redrive } = require('@sinergi/messaging');
  const { redriven, scanned } = await redrive({
    connection: {
      brokers: (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(','),
      clientId: 'sinergi-redrive',
      topicPrefix: process.env.KAFKA_TOPIC_PREFIX || '',
    },
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
