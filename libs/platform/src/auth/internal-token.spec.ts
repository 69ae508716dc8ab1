import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { importJWK, jwtVerify } from 'jose';
import { InternalTokenSigner, InternalTokenVerifier, internalKeys, SpentTokenIds } from './internal-token';

const { serviceKeySetOf } = internalKeys;

const kid = 'gateway-1';
const secret = randomBytes(32);
const other = randomBytes(32);
const jwk = { kty: 'oct', kid, k: secret.toString('base64url') };
const call = { service: 'agreements', method: 'GET', path: '/agreements/1' };
const now = () => Math.floor(Date.now() / 1000);

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function compact(header: object, claims: object, key: Buffer = secret): string {
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
}
const header = { alg: 'HS256', kid, typ: 'JWT' };
const claims = () => ({
  agencyCode: 'PEMKAB',
  roles: ['auditor'],
  method: call.method,
  path: call.path,
  iss: 'sinergi-gateway',
  aud: call.service,
  sub: 'client-1',
  jti: randomUUID(),
  iat: now(),
  nbf: now(),
  exp: now() + 30,
});

/** What jose's jwtVerify decides with the options the services used it with. */
async function joseAccepts(token: string): Promise<boolean> {
  const key = await importJWK(jwk, 'HS256');
  return jwtVerify(token, (h) => (h.kid === kid ? key : Promise.reject(new Error('kid'))), {
    algorithms: ['HS256'],
    issuer: 'sinergi-gateway',
    audience: call.service,
    requiredClaims: ['sub', 'jti', 'iat', 'exp'],
    maxTokenAge: 30,
    clockTolerance: 5,
  }).then(
    () => true,
    () => false,
  );
}

describe('internal token verification', () => {
  let verifier: InternalTokenVerifier;
  beforeAll(async () => {
    verifier = await InternalTokenVerifier.fromKeys(JSON.stringify({ keys: [jwk] }));
  });
  const accepts = (token: string) =>
    verifier.verify(token, call).then(
      () => true,
      () => false,
    );

  const tampered = () => {
    const [h, , s] = compact(header, claims()).split('.');
    return `${h}.${encode({ ...claims(), roles: ['platform-admin'] })}.${s}`;
  };
  const cases: [string, () => string, boolean][] = [
    ['a token of the gateway for this call', () => compact(header, claims()), true],
    [
      'one for several audiences, this service among them',
      () => compact(header, { ...claims(), aud: ['x', call.service] }),
      true,
    ],
    [
      'one issued 4 s ahead of this clock',
      () => compact(header, { ...claims(), iat: now() + 4, nbf: now() + 4 }),
      true,
    ],
    ['one whose claims were changed after signing', tampered, false],
    ['one signed by another key under the same key id', () => compact(header, claims(), other), false],
    ['one under an unknown key id', () => compact({ ...header, kid: 'other' }, claims()), false],
    ['one without a key id', () => compact({ alg: 'HS256' }, claims()), false],
    ['one claiming another algorithm', () => compact({ ...header, alg: 'HS512' }, claims()), false],
    ['one claiming EdDSA', () => compact({ ...header, alg: 'EdDSA' }, claims()), false],
    ['one with alg none', () => `${encode({ alg: 'none', kid })}.${encode(claims())}.`, false],
    ['one with a critical header parameter', () => compact({ ...header, crit: ['exp'] }, claims()), false],
    [
      'one with an unencoded payload',
      () => compact({ ...header, b64: false, crit: ['b64'] }, claims()),
      false,
    ],
    [
      'one expired beyond the clock skew',
      () => compact(header, { ...claims(), iat: now() - 36, nbf: now() - 36, exp: now() - 6 }),
      false,
    ],
    ['one issued too long ago', () => compact(header, { ...claims(), iat: now() - 36 }), false],
    ['one issued in the future', () => compact(header, { ...claims(), iat: now() + 60 }), false],
    ['one not valid before later', () => compact(header, { ...claims(), nbf: now() + 60 }), false],
    ['one of another issuer', () => compact(header, { ...claims(), iss: 'someone' }), false],
    ['one for another service', () => compact(header, { ...claims(), aud: 'budgeting' }), false],
    ['one without a token id', () => compact(header, { ...claims(), jti: undefined }), false],
    ['one without a subject', () => compact(header, { ...claims(), sub: undefined }), false],
    [
      'one whose expiry is not a number',
      () => compact(header, { ...claims(), exp: String(now() + 30) }),
      false,
    ],
    ['one whose claims are not an object', () => compact(header, ['a']), false],
    ['two segments only', () => compact(header, claims()).split('.').slice(0, 2).join('.'), false],
  ];

  it.each(cases)('decides as jose does on %s', async (_, make, expected) => {
    const token = make();
    expect([await accepts(token), await joseAccepts(token)]).toEqual([expected, expected]);
  });

  it('refuses padding in a segment, which jose lets through for HMAC signatures', async () => {
    const token = `${compact(header, claims())}=`;
    expect(await joseAccepts(token)).toBe(true);
    await expect(verifier.verify(token, call)).rejects.toThrow(/not a compact JWS/);
  });

  it('refuses a token that lives longer than one call may', async () => {
    const token = compact(header, { ...claims(), exp: now() + 31 });
    expect(await joseAccepts(token)).toBe(true);
    await expect(verifier.verify(token, call)).rejects.toThrow(/lives longer than 30 s/);
  });

  it('accepts what the gateway signs, for that call only', async () => {
    const signingKey = JSON.stringify(jwk);
    const signer = await InternalTokenSigner.fromKey(signingKey);
    const agreements = await InternalTokenVerifier.fromKeys(serviceKeySetOf(signingKey, 'agreements'));
    const token = await signer.sign(
      { clientId: 'client-1', agencyCode: 'PEMKAB', roles: ['auditor'] },
      { ...call, via: 'GET /dashboard' },
    );
    expect(await agreements.verify(token, call)).toEqual({
      caller: { clientId: 'client-1', agencyCode: 'PEMKAB', roles: ['auditor'] },
      via: 'GET /dashboard',
      tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    await expect(agreements.verify(token, { ...call, method: 'POST' })).rejects.toThrow(
      /issued for GET \/agreements\/1, not POST/,
    );
  });

  it("signs each service's tokens with that service's key, which mints nothing another service accepts", async () => {
    const signingKey = JSON.stringify(jwk);
    const signer = await InternalTokenSigner.fromKey(signingKey);
    const budgeting = await InternalTokenVerifier.fromKeys(serviceKeySetOf(signingKey, 'budgeting'));
    const forBudgeting = { ...call, service: 'budgeting' };
    const caller = { clientId: 'client-1', agencyCode: 'PEMKAB', roles: ['auditor'] };
    await expect(
      budgeting.verify(await signer.sign(caller, forBudgeting), forBudgeting),
    ).resolves.toMatchObject({
      caller,
    });
    // Signed with agreements' own key, for budgeting: what a compromised agreements could mint.
    const agreementsKey = internalKeys.serviceSecretOf(internalKeys.masterKeyOf(signingKey), 'agreements');
    const minted = compact(header, { ...claims(), aud: 'budgeting' }, agreementsKey);
    await expect(budgeting.verify(minted, forBudgeting)).rejects.toThrow(/signature verification failed/);
    // The master key itself is no service's key either.
    await expect(
      budgeting.verify(compact(header, { ...claims(), aud: 'budgeting' }), forBudgeting),
    ).rejects.toThrow(/signature verification failed/);
  });

  it('refuses keys that are not symmetric keys of at least 32 bytes', async () => {
    const short = JSON.stringify({ keys: [{ kty: 'oct', kid, k: randomBytes(16).toString('base64url') }] });
    await expect(InternalTokenVerifier.fromKeys(short)).rejects.toThrow(/at least 32 bytes/);
    const ed25519 = JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'AAAA', kid }] });
    await expect(InternalTokenVerifier.fromKeys(ed25519)).rejects.toThrow(/symmetric keys/);
    await expect(
      InternalTokenVerifier.fromKeys(JSON.stringify({ keys: [{ ...jwk, kid: undefined }] })),
    ).rejects.toThrow(/needs a "kid"/);
    await expect(InternalTokenVerifier.fromKeys(JSON.stringify({ keys: [jwk, jwk] }))).rejects.toThrow(
      /two keys with the id gateway-1/,
    );
    await expect(InternalTokenSigner.fromKey(JSON.stringify({ kty: 'oct', k: jwk.k }))).rejects.toThrow(
      /needs a "kid"/,
    );
  });

  it('accepts a token for one call only', async () => {
    const token = compact(header, claims());
    await expect(verifier.verify(token, call)).resolves.toMatchObject({ caller: { clientId: 'client-1' } });
    await expect(verifier.verify(token, call)).rejects.toThrow(/already used: a token is good for one call/);
    expect(await accepts(compact(header, claims()))).toBe(true);
  });

  it('does not spend a token it refuses', async () => {
    const token = compact(header, claims());
    await expect(verifier.verify(token, { ...call, path: '/agreements/2' })).rejects.toThrow(/issued for/);
    expect(await accepts(token)).toBe(true);
  });
});

describe('spent token ids', () => {
  it('refuses an id twice while its token lives, and forgets it once the token is refused anyway', () => {
    const spent = new SpentTokenIds();
    expect(spent.spend('a', 135, 100)).toBe(true);
    expect(spent.spend('b', 140, 101)).toBe(true);
    expect(spent.spend('a', 135, 134)).toBe(false);
    expect(spent.size).toBe(2);
    expect(spent.spend('c', 170, 135)).toBe(true);
    expect(spent.size).toBe(2);
    expect(spent.spend('a', 171, 136)).toBe(true);
    expect(spent.spend('d', 200, 170)).toBe(true);
    expect(spent.size).toBe(2);
  });
});
