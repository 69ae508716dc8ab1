import { InternalServiceEnv, InvalidEnvironmentError, parseEnv, ServiceEnv } from './env';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/sinergi',
};
const SERVICE_KEY = { kty: 'oct', kid: 'k1', k: 'Ai7tIuU8qgJ9yUhmT3-3bGcpS4K8dQp3x2mR3tXAbcs' };

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

  it("takes the service's keys as a JWKS of symmetric keys of 32 bytes or more, and nothing else", () => {
    const keys = JSON.stringify({ keys: [SERVICE_KEY] });
    expect(parseEnv(InternalServiceEnv, { ...valid, INTERNAL_VERIFY_KEYS: keys }).INTERNAL_VERIFY_KEYS).toBe(
      keys,
    );
    const wrong: Array<[string, string]> = [
      ['x'.repeat(40), 'is not JSON'],
      [JSON.stringify({ keys: [] }), 'holds no key'],
      [
        JSON.stringify({
          keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'ws_uidYbjxrQ8_trY_MoNsug6d0xIbk8clNzbOTtglo', kid: 'k1' }],
        }),
        'must hold symmetric keys',
      ],
      [
        JSON.stringify({ keys: [{ kty: 'oct', kid: 'k1', k: 'c2VjcmV0' }] }),
        'its keys must hold at least 32 bytes',
      ],
      [JSON.stringify({ keys: [{ ...SERVICE_KEY, kid: undefined }] }), 'needs a "kid" on every key'],
    ];
    for (const [value, reason] of wrong)
      expect(() => parseEnv(InternalServiceEnv, { ...valid, INTERNAL_VERIFY_KEYS: value })).toThrow(
        `INTERNAL_VERIFY_KEYS: must be this service's keys of internal tokens, a JWKS {"keys":[{"kty":"oct","kid":…,"k":…}]}: it ${reason}`,
      );
  });
});
