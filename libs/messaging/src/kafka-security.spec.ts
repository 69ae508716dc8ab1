import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kafkaConnectionFromEnv, kafkaSecurityFromEnv, KafkaSecurityError } from './kafka-client';

describe('kafkaSecurityFromEnv (the settings every Kafka client of the platform honours)', () => {
  it('is plaintext without authentication when nothing is set', () => {
    expect(kafkaSecurityFromEnv({})).toEqual({});
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: false, KAFKA_SASL_MECHANISM: '' })).toEqual({});
  });

  it('reads TLS, a CA file and SCRAM credentials', () => {
    const ca = path.join(mkdtempSync(path.join(os.tmpdir(), 'kafka-ca-')), 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(
      kafkaSecurityFromEnv({
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: ca,
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-256',
        KAFKA_SASL_USERNAME: 'budgeting',
        KAFKA_SASL_PASSWORD: 'pw',
      }),
    ).toEqual({
      ssl: { ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
      sasl: { mechanism: 'scram-sha-256', username: 'budgeting', password: 'pw' },
    });
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: true })).toEqual({ ssl: {} });
  });

  it('names every unusable variable in one error', () => {
    expect(() =>
      kafkaSecurityFromEnv({
        KAFKA_SSL: 'yes',
        KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem',
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_PASSWORD: 'pw',
      }),
    ).toThrow(
      new KafkaSecurityError(
        'Invalid Kafka settings: KAFKA_SSL: must be true or false; KAFKA_SSL_CA_FILE: needs KAFKA_SSL=true; ' +
          'KAFKA_SSL_CA_FILE: cannot be read (ENOENT); KAFKA_SASL_MECHANISM: must be one of scram-sha-256, ' +
          'scram-sha-512 when SASL credentials are set; KAFKA_SASL_USERNAME: is required with KAFKA_SASL_MECHANISM',
      ),
    );
  });

  it('gives scripts the brokers, prefix and security of their environment', () => {
    expect(
      kafkaConnectionFromEnv('sinergi-topics', {
        KAFKA_BROKERS: 'k1:9092,k2:9092',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'ops',
        KAFKA_SASL_PASSWORD: 'pw',
      }),
    ).toEqual({
      brokers: ['k1:9092', 'k2:9092'],
      clientId: 'sinergi-topics',
      topicPrefix: '',
      security: { sasl: { mechanism: 'scram-sha-512', username: 'ops', password: 'pw' } },
    });
  });
});
