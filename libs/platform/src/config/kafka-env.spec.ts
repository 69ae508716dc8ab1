import { InvalidEnvironmentError, parseEnv, ServiceEnv } from './env';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain-JS development values */
const { DEV_KAFKA_SASL } = require('../../../../scripts/dev-secrets');

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/sinergi',
};
const production = {
  ...base,
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u:a-production-password@127.0.0.1:5432/sinergi',
};
const sasl = { KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512', KAFKA_SASL_USERNAME: 'budgeting' };

const problemsOf = (source: Record<string, string>) => {
  try {
    parseEnv(ServiceEnv, source);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  return [];
};

describe('Kafka connection variables', () => {
  it('default to plaintext without authentication', () => {
    const env = parseEnv(ServiceEnv, base);
    expect(env.KAFKA_SSL).toBe(false);
    expect(env.KAFKA_SASL_MECHANISM).toBeUndefined();
    expect(env.KAFKA_SASL_USERNAME).toBeUndefined();
    expect(env.KAFKA_SASL_PASSWORD).toBeUndefined();
    expect(problemsOf({ ...production })).toEqual([]);
  });

  it('read TLS and SASL/SCRAM, the mechanism in any case', () => {
    const env = parseEnv(ServiceEnv, {
      ...base,
      ...sasl,
      KAFKA_SASL_PASSWORD: 'pw',
      KAFKA_SSL: 'TRUE',
      KAFKA_SSL_CA_FILE: '/etc/kafka/ca.pem',
    });
    expect(env.KAFKA_SSL).toBe(true);
    expect(env.KAFKA_SSL_CA_FILE).toBe('/etc/kafka/ca.pem');
    expect(env.KAFKA_SASL_MECHANISM).toBe('scram-sha-512');
    expect(env.KAFKA_SASL_USERNAME).toBe('budgeting');
    expect(env.KAFKA_SASL_PASSWORD).toBe('pw');
  });

  it('refuse an incomplete or unknown SASL setting and a CA file without TLS, naming each variable', () => {
    expect(problemsOf({ ...base, KAFKA_SASL_PASSWORD: 'pw' })).toEqual([
      'KAFKA_SASL_MECHANISM: must be scram-sha-256 or scram-sha-512 when SASL credentials are set',
      'KAFKA_SASL_USERNAME: is required with KAFKA_SASL_MECHANISM',
    ]);
    expect(problemsOf({ ...base, KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u' })).toEqual([
      'KAFKA_SASL_MECHANISM: must be scram-sha-256 or scram-sha-512 when SASL credentials are set',
      'KAFKA_SASL_PASSWORD: is required with KAFKA_SASL_MECHANISM',
    ]);
    expect(problemsOf({ ...base, KAFKA_SSL: 'yes', KAFKA_SSL_CA_FILE: '/ca.pem' })).toEqual([
      'KAFKA_SSL: must be true or false',
      'KAFKA_SSL_CA_FILE: needs KAFKA_SSL=true',
    ]);
  });

  it('treat the SASL password as a production secret once SASL is configured', () => {
    expect(problemsOf({ ...production, ...sasl, KAFKA_SASL_PASSWORD: 'k'.repeat(32) })).toEqual([]);
    expect(problemsOf({ ...production, ...sasl, KAFKA_SASL_PASSWORD: 'short-password' })).toEqual([
      'KAFKA_SASL_PASSWORD: must be at least 32 characters in production',
    ]);
    expect(problemsOf({ ...production, ...DEV_KAFKA_SASL })).toEqual([
      'KAFKA_SASL_PASSWORD: is a public development value; set a fresh secret (npm run secrets)',
    ]);
    // Outside production the development user is accepted.
    expect(parseEnv(ServiceEnv, { ...base, ...DEV_KAFKA_SASL }).KAFKA_SASL_PASSWORD).toBe(
      DEV_KAFKA_SASL.KAFKA_SASL_PASSWORD,
    );
  });
});
