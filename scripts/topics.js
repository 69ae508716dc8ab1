// `npm run topics`: creates every platform topic that is missing (idempotent).
// Reads KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_TOPIC_PREFIX and TOPIC_PARTITIONS (default 3).
const { ensureBuilt } = require('./built');

async function main() {
  ensureBuilt('messaging');
  const { ensureTopics } = require('@sinergi/messaging');
  const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
  const created = await ensureTopics(
    { brokers, clientId: 'sinergi-topics', topicPrefix: process.env.KAFKA_TOPIC_PREFIX || '' },
    { partitions: Number(process.env.TOPIC_PARTITIONS || 3), log: console.log },
  );
  for (const topic of created) console.log(`created ${topic}`);
}

main().catch((error) => {
  console.error(`topics: ${error.message}`);
  process.exit(1);
});
