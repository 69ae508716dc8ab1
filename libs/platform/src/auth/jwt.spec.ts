import { InvalidTokenError, signJwt, verifyJwt } from './jwt';

const secret = 's'.repeat(40);

describe('HS256 tokens', () => {
  it('round-trips claims, with an id, issue time and not-before of their own', async () => {
    const token = await signJwt({ iss: 'i', aud: 'a', sub: 'client-1', roles: ['auditor'] }, secret, 60);
    const claims = await verifyJwt(token, secret, 'i', 'a');
    expect(claims).toMatchObject({ sub: 'client-1', roles: ['auditor'], iss: 'i', aud: 'a' });
    expect(claims.exp - claims.iat).toBe(60);
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a tampered payload, another secret, another audience, an unsigned and an expired token', async () => {
    const token = await signJwt({ iss: 'i', aud: 'a', sub: 'c' }, secret, 60);
    const [h, , s] = token.split('.');
    const body = (claims: object) => Buffer.from(JSON.stringify(claims)).toString('base64url');
    const forged = `${h}.${body({ iss: 'i', aud: 'a', sub: 'root', exp: 9e9 })}.${s}`;
    const unsigned = `${body({ alg: 'none', typ: 'JWT' })}.${body({ iss: 'i', aud: 'a', sub: 'root', exp: 9e9 })}.`;
    await expect(verifyJwt(forged, secret, 'i', 'a')).rejects.toThrow(/bad signature/);
    await expect(verifyJwt(token, 'other'.repeat(10), 'i', 'a')).rejects.toThrow(/bad signature/);
    await expect(verifyJwt(token, secret, 'i', 'b')).rejects.toThrow(/audience/);
    await expect(verifyJwt(unsigned, secret, 'i', 'a')).rejects.toThrow(InvalidTokenError);
    const expired = await signJwt({ iss: 'i', aud: 'a', sub: 'c' }, secret, -60);
    await expect(verifyJwt(expired, secret, 'i', 'a')).rejects.toThrow(/expired/);
    await expect(verifyJwt('not-a-token', secret, 'i', 'a')).rejects.toThrow(/malformed/);
  });
});
