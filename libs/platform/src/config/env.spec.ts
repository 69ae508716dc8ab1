import { InvalidEnvironmentError, parseEnv, ServiceEnv } from './env';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/sinergi',
  INTERNAL_AUTH_SECRET: 'x'.repeat(32),
};

describe('parseEnv', () => {
  it('applies defaults and converts numbers', () => {
    const env = parseEnv(ServiceEnv, { ...valid, PORT: '3005' });
    expect(env.PORT).toBe(3005);
    expect(env.KAFKA_BROKERS).toBe('127.0.0.1:9092');
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.HOST).toBe('127.0.0.1');
  });

  it('names every missing or invalid variable at once', () => {
    let error: unknown;
    try {
      parseEnv(ServiceEnv, { PORT: 'abc', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const names = (error as InvalidEnvironmentError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['DATABASE_URL', 'INTERNAL_AUTH_SECRET', 'KAFKA_BROKERS', 'LOG_LEVEL', 'PORT']);
  });

  it('rejects a short internal secret', () => {
    expect(() => parseEnv(ServiceEnv, { ...valid, INTERNAL_AUTH_SECRET: 'short' })).toThrow(
      /INTERNAL_AUTH_SECRET/,
    );
  });
});
