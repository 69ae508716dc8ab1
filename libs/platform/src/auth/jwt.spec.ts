import { InvalidTokenError, signJwt, verifyJwt } from './jwt';

const secret = 's'.repeat(40);

describe('HS256 tokens', () => {
  it('round-trips claims', () => {
    const token = signJwt({ iss: 'i', aud: 'a', sub: 'client-1', roles: ['auditor'] }, secret, 60);
    expect(verifyJwt(token, secret, 'i', 'a')).toMatchObject({ sub: 'client-1', roles: ['auditor'] });
  });

  it('rejects a tampered payload, another secret, another audience and an expired token', () => {
    const token = signJwt({ iss: 'i', aud: 'a', sub: 'c' }, secret, 60);
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ iss: 'i', aud: 'a', sub: 'root', exp: 9e9 })).toString('base64url')}.${s}`;
    expect(() => verifyJwt(forged, secret, 'i', 'a')).toThrow(InvalidTokenError);
    expect(() => verifyJwt(token, 'other'.repeat(10), 'i', 'a')).toThrow(/bad signature/);
    expect(() => verifyJwt(token, secret, 'i', 'b')).toThrow(/audience/);
    expect(() => verifyJwt(signJwt({ iss: 'i', aud: 'a', sub: 'c' }, secret, -5), secret, 'i', 'a')).toThrow(
      /expired/,
    );
    expect(() => verifyJwt('not-a-token', secret, 'i', 'a')).toThrow(/malformed/);
  });
});
