import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  EventProbe,
  kafkaConnectError,
  eventually,
  readiness,
  startPrivateKafka,
  startTestService,
  type PrivateKafka,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { consumerService, ProbeCommands, producerService } from './probe-services';

/*
 * A broker of this file's own (infra/kafka/kafka.sh on free ports) with SASL/SCRAM-SHA-512 on its
 * client port and one user, created when its storage is formatted.
 */
describe('Kafka with SASL/SCRAM credentials (a private SCRAM broker)', () => {
  const credentials = {
    mechanism: 'scram-sha-512' as const,
    username: 'sinergi-test',
    password: randomBytes(24).toString('base64url'),
  };
  let kafka: PrivateKafka;
  let producer: RunningService;
  let consumer: RunningService;

  beforeAll(async () => {
    kafka = await startPrivateKafka({ sasl: credentials });
    producer = await startTestService(producerService(), kafka.env);
    consumer = await startTestService(consumerService(), kafka.env);
  }, 300_000);
  afterAll(async () => {
    await consumer?.stop();
    await producer?.stop();
    await kafka?.destroy();
  }, 120_000);

  it('services given KAFKA_SASL_* are ready with Kafka up, and an event they publish reaches the consumer through the broker', async () => {
    expect(kafka.env).toEqual({
      KAFKA_BROKERS: kafka.brokers,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'sinergi-test',
      KAFKA_SASL_PASSWORD: credentials.password,
    });
    const joined = await eventually(
      () => readiness(consumer.managementUrl),
      (r) => r.body.consumers[0]?.state === 'joined',
      60_000,
    );
    expect(joined.status).toBe(200);
    for (const service of [producer, consumer]) {
      const { status, body } = await readiness(service.managementUrl);
      expect(status).toBe(200);
      expect(body.degraded).toEqual([]);
      expect(body.dependencies.find((d) => d.name === 'kafka')).toEqual({
        name: 'kafka',
        up: true,
        state: 'up',
      });
    }

    const probe = await EventProbe.start([Topics.program], kafka.brokers, kafka.security);
    try {
      const aggregate = randomUUID();
      const event = await producer.app.get(ProbeCommands).record(aggregate, 7, 'LAPAS-SCRAM');
      const [onKafka] = await probe.waitFor((m) => m.key === aggregate, 1, 30_000);
      expect(onKafka.envelope!.id).toBe(event.id);
      const effects = await eventually(
        () =>
          consumer.app
            .get(DataSource)
            .query(`SELECT event_id, seq FROM probe_effects WHERE aggregate_id = $1`, [aggregate]),
        (rows: unknown[]) => rows.length > 0,
        30_000,
      );
      expect(effects).toEqual([{ event_id: event.id, seq: 7 }]);
    } finally {
      await probe.stop();
    }
  });

  it('refuses a client without credentials and one with a wrong password or another mechanism', async () => {
    expect(await kafkaConnectError(kafka.brokers, kafka.security)).toBeUndefined();

    // Without SASL the broker closes the connection at the first request other than ApiVersions.
    const anonymous = await kafkaConnectError(kafka.brokers);
    expect(anonymous?.name).toBe('KafkaJSConnectionClosedError');
    const log = await eventually(
      async () => readFileSync(kafka.logFile, 'utf8'),
      (text) => text.includes('during SASL handshake'),
      10_000,
    );
    expect(log).toMatch(
      /Failed authentication with \/127\.0\.0\.1 .*\(Unexpected Kafka request of type METADATA during SASL handshake\.\)/,
    );

    const wrongPassword = await kafkaConnectError(kafka.brokers, {
      sasl: { ...credentials, password: `${credentials.password}x` },
    });
    expect(wrongPassword?.name).toBe('KafkaJSSASLAuthenticationError');
    expect(wrongPassword?.message).toBe(
      'SASL SCRAM SHA512 authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
    );

    const unknownUser = await kafkaConnectError(kafka.brokers, {
      sasl: { ...credentials, username: 'intruder' },
    });
    expect(unknownUser?.name).toBe('KafkaJSSASLAuthenticationError');

    const otherMechanism = await kafkaConnectError(kafka.brokers, {
      sasl: { ...credentials, mechanism: 'scram-sha-256' },
    });
    expect(otherMechanism?.message).toBe('The broker does not support the requested SASL mechanism');
  });

  it('a consumer given a wrong password is not ready, and its readiness says the credentials were refused', async () => {
    const refused = await startTestService(
      consumerService(),
      { ...kafka.env, KAFKA_SASL_PASSWORD: `${credentials.password}x` },
      { awaitConsumer: false },
    );
    try {
      const { status, body } = await eventually(
        () => readiness(refused.managementUrl),
        (r) => r.body.consumers[0]?.state === 'stopped',
        30_000,
      );
      expect(status).toBe(503);
      expect(body.consumers).toEqual([
        {
          name: 'budgeting',
          state: 'stopped',
          ready: false,
          reason:
            "Kafka refused the service's credentials (KAFKA_SASL_*): SASL SCRAM SHA512 authentication failed: " +
            'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
        },
      ]);
    } finally {
      await refused.stop();
    }
  });

  it('a service started without the credentials stays live but reports Kafka degraded', async () => {
    const anonymous = await startTestService(producerService({ relay: { enabled: false } }), {
      KAFKA_BROKERS: kafka.brokers,
    });
    try {
      const { status, body } = await eventually(
        () => readiness(anonymous.managementUrl),
        (r) => r.body.degraded.includes('kafka'),
        15_000,
      );
      expect(status).toBe(200);
      expect(body.degraded).toEqual(['kafka']);
      expect(body.dependencies.find((d) => d.name === 'kafka')).toMatchObject({
        up: false,
        state: 'degraded',
      });
    } finally {
      await anonymous.stop();
    }
  });
});
