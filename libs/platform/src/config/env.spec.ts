import { InternalServiceEnv, InvalidEnvironmentError, parseEnv, ServiceEnv } from './env';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/sinergi',
};
const PUBLIC_KEY = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: 'ws_uidYbjxrQ8_trY_MoNsug6d0xIbk8clNzbOTtglo',
  kid: 'k1',
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
      parseEnv(InternalServiceEnv, { PORT: 'abc', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const names = (error as InvalidEnvironmentError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['DATABASE_URL', 'INTERNAL_VERIFY_KEYS', 'KAFKA_BROKERS', 'LOG_LEVEL', 'PORT']);
  });

  it('takes the gateway public keys as a JWKS of Ed25519 public keys, and nothing else', () => {
    const keys = JSON.stringify({ keys: [PUBLIC_KEY] });
    expect(parseEnv(InternalServiceEnv, { ...valid, INTERNAL_VERIFY_KEYS: keys }).INTERNAL_VERIFY_KEYS).toBe(
      keys,
    );
    for (const wrong of [
      'x'.repeat(40),
      JSON.stringify({ keys: [] }),
      JSON.stringify({ keys: [{ ...PUBLIC_KEY, d: 'sZB0UHEO2crJSHECRhBSXtpL5fppyupr3crHheOvP7o' }] }),
      JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0' }] }),
    ])
      expect(() => parseEnv(InternalServiceEnv, { ...valid, INTERNAL_VERIFY_KEYS: wrong })).toThrow(
        /INTERNAL_VERIFY_KEYS: must be a JWKS of Ed25519 public keys/,
      );
  });
});
