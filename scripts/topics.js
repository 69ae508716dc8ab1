// `npm run topics`: creates every platform topic that is missing (idempotent).
// Reads KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_TOPIC_PREFIX, TOPIC_PARTITIONS (default 3),
// KAFKA_REPLICATION_FACTOR (default 1; 3 on a cluster), KAFKA_MIN_INSYNC_REPLICAS (default 2 from
// replication factor 3 up, else 1), KAFKA_RETRY_RETENTION_HOURS (168) and KAFKA_DLQ_RETENTION_DAYS (30);
// connects with KAFKA_SSL, KAFKA_SSL_CA_FILE and KAFKA_SASL_* as the services do.
const { ensureBuilt } = require('./built');

async function main() {
  ensureBuilt('messaging');
  const { ensureTopics, kafkaConnectionFromEnv, topicSettingsFromEnv } = require('@sinergi/messaging');
  const created = await ensureTopics(kafkaConnectionFromEnv('sinergi-topics'), {
    ...topicSettingsFromEnv(),
    log: console.log,
  });
  for (const topic of created) console.log(`created ${topic}`);
}

main().catch((error) => {
  console.error(`topics: ${error.message}`);
  process.exit(1);
});
