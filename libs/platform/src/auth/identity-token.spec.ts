import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { identityTokens } from './identity-token';
import { InternalTokenSigner, InternalTokenVerifier, internalKeys } from './internal-token';
import { CLOCK_SKEW_SECONDS } from './jwt';

const secret = 's'.repeat(40);
const caller = { clientId: 'client-1', agencyCode: 'PEMKAB', roles: ['auditor'] };

describe('identity tokens verified once', () => {
  afterEach(() => jest.useRealTimers());

  it('keeps accepting a token seen before until jose would refuse it, then refuses it', async () => {
    const tokens = identityTokens('i', 'a');
    const token = await tokens.issue(caller, secret, 60);
    const first = await tokens.verify(token, secret);
    expect(first.caller).toEqual(caller);
    // A request that changes its caller changes nothing for the next one.
    first.caller.roles.push('platform-admin');
    expect((await tokens.verify(token, secret)).caller).toEqual(caller);
    // The clock only (Date), not the timers jose's crypto may use.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout'] });
    jest.setSystemTime((first.issuedAt + 60 + CLOCK_SKEW_SECONDS - 1) * 1000);
    expect((await tokens.verify(token, secret)).tokenId).toBe(first.tokenId);
    jest.setSystemTime((first.issuedAt + 60 + CLOCK_SKEW_SECONDS) * 1000);
    await expect(tokens.verify(token, secret)).rejects.toThrow(/token expired/);
  });

  it('verifies a known token again under another secret', async () => {
    const tokens = identityTokens('i', 'a');
    const token = await tokens.issue(caller, secret, 60);
    await tokens.verify(token, secret);
    await expect(tokens.verify(token, 'o'.repeat(40))).rejects.toThrow(/bad signature/);
  });
});

describe('internal tokens', () => {
  it('are signed for one call each and verified by the service', async () => {
    const signingKey = JSON.stringify({ kty: 'oct', kid: 'k1', k: randomBytes(32).toString('base64url') });
    const signer = await InternalTokenSigner.fromKey(signingKey);
    const agreementsKey = internalKeys.serviceSecretOf(internalKeys.masterKeyOf(signingKey), 'agreements');
    const verifier = await InternalTokenVerifier.fromKeys(
      JSON.stringify({ keys: [{ kty: 'oct', kid: signer.keyId, k: agreementsKey.toString('base64url') }] }),
    );
    const call = { service: 'agreements', method: 'GET', path: '/agreements/1' };
    const [one, two] = [await signer.sign(caller, call), await signer.sign(caller, call)];
    const verified = await verifier.verify(one, call);
    expect(verified.caller).toEqual(caller);
    expect((await verifier.verify(two, call)).tokenId).not.toBe(verified.tokenId);
    await expect(verifier.verify(one, { ...call, path: '/agreements/2' })).rejects.toThrow(/issued for/);
    await expect(verifier.verify(one, { ...call, service: 'budgeting' })).rejects.toThrow(/aud/);
  });

  it('refuses a signing key that is not a symmetric JWK', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    await expect(
      InternalTokenSigner.fromKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()),
    ).rejects.toThrow(/the internal signing key is not JSON/);
    await expect(
      InternalTokenSigner.fromKey(JSON.stringify(privateKey.export({ format: 'jwk' }))),
    ).rejects.toThrow(/is not a symmetric JWK/);
  });
});
