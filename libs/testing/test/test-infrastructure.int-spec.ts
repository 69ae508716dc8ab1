import { Client } from 'pg';
import { createKafka, physicalTopic } from '@sinergi/messaging';
import { Topics } from '@sinergi/contracts';
import { testInfrastructure } from '../src';

describe('test infrastructure (real PostgreSQL and Kafka)', () => {
  const infra = testInfrastructure();

  it('gives each service a runtime role confined to its own schema in a database of this run', async () => {
    const client = new Client({ connectionString: infra.databaseUrlOf('budgeting') });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT current_user, current_database(), current_schema()');
      expect(rows[0]).toMatchObject({ current_user: 'sinergi_budgeting_app', current_schema: 'budgeting' });
      expect(rows[0].current_database).toMatch(/^sinergi_test_/);
      await expect(client.query('CREATE TABLE agreements.intruder (id int)')).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await client.end();
    }
  });

  it('created this run’s topics on the real broker, and a message goes through', async () => {
    const connection = {
      brokers: infra.brokers.split(','),
      clientId: 'infra-test',
      topicPrefix: infra.topicPrefix,
    };
    const kafka = createKafka(connection);
    const topic = physicalTopic(connection, Topics.agency);
    const admin = kafka.admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    expect(metadata.topics[0].partitions).toHaveLength(3);

    const consumer = kafka.consumer({ groupId: `infra-test-${Date.now()}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) });
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: 'hello' }] });
    await expect(received).resolves.toBe('hello');
    await producer.disconnect();
    await consumer.disconnect();
  });
});
