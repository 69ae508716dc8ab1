import { randomBytes, randomUUID } from 'node:crypto';
import { Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  EventProbe,
  kafkaConnectError,
  readiness,
  startPrivateKafka,
  startTestService,
  type PrivateKafka,
} from '@sinergi/testing';
import { ProbeCommands, producerService } from './probe-services';

/*
 * A broker of this file's own with TLS and SASL/SCRAM on its client port (SASL_SSL): its
 * certificate is signed by a certificate authority kafka.sh made for it (KAFKA_SSL_CA_FILE).
 */
describe('Kafka over TLS with SASL/SCRAM (a private SASL_SSL broker)', () => {
  const sasl = {
    mechanism: 'scram-sha-512' as const,
    username: 'sinergi-tls',
    password: randomBytes(24).toString('base64url'),
  };
  let kafka: PrivateKafka;
  let producer: RunningService;

  beforeAll(async () => {
    kafka = await startPrivateKafka({ sasl, ssl: true });
    producer = await startTestService(producerService(), kafka.env);
  }, 300_000);
  afterAll(async () => {
    await producer?.stop();
    await kafka?.destroy();
  }, 120_000);

  it('a service given KAFKA_SSL, KAFKA_SSL_CA_FILE and KAFKA_SASL_* is ready and publishes; clients without TLS, without the CA or without credentials are refused', async () => {
    expect(Object.keys(kafka.env).sort()).toEqual([
      'KAFKA_BROKERS',
      'KAFKA_SASL_MECHANISM',
      'KAFKA_SASL_PASSWORD',
      'KAFKA_SASL_USERNAME',
      'KAFKA_SSL',
      'KAFKA_SSL_CA_FILE',
    ]);
    expect(kafka.env.KAFKA_SSL).toBe('true');
    const { status, body } = await readiness(producer.managementUrl);
    expect(status).toBe(200);
    expect(body.dependencies).toEqual([
      { name: 'database', up: true, state: 'up' },
      { name: 'kafka', up: true, state: 'up' },
    ]);

    const probe = await EventProbe.start([Topics.program], kafka.brokers, kafka.security);
    try {
      const aggregate = randomUUID();
      const event = await producer.app.get(ProbeCommands).record(aggregate, 3, 'LAPAS-TLS');
      const [onKafka] = await probe.waitFor((m) => m.key === aggregate, 1, 30_000);
      expect(onKafka.envelope!.id).toBe(event.id);
    } finally {
      await probe.stop();
    }

    const withoutTls = await kafkaConnectError(kafka.brokers, { sasl });
    expect(withoutTls?.message).toBe('Closed connection');
    const untrusted = await kafkaConnectError(kafka.brokers, { ssl: {}, sasl });
    expect(untrusted?.message).toMatch(/^Connection error: unable to verify the first certificate/);
    const anonymous = await kafkaConnectError(kafka.brokers, { ssl: kafka.security.ssl });
    expect(anonymous?.name).toBe('KafkaJSConnectionClosedError');
  });
});
