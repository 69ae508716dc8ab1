import type { RunningService } from '@sinergi/platform';
import { startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { REVOCATION_CACHE_MS } from '../src/auth/client-revocations';
import { gatewayService } from '../src/service';

const NO_SERVICES = {
  AGREEMENTS_URL: 'http://127.0.0.1:9',
  REHABILITATION_URL: 'http://127.0.0.1:9',
  REINTEGRATION_URL: 'http://127.0.0.1:9',
  BUDGETING_URL: 'http://127.0.0.1:9',
};
const { ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET } = TEST_GATEWAY_SECRETS;

describe('client credentials: OAuth 2.0 form, throttling, listing, disabling and rotation (two gateway replicas)', () => {
  let replicas: RunningService[];
  let url: string;
  let admin: string;
  /** Each test's failures come from its own documentation address (the gateway trusts X-Forwarded-For from its proxy). */
  const from = (address: string) => ({ 'x-forwarded-for': address });

  const tokenRequest = (body: string, headers: Record<string, string>, base = url): Promise<Response> =>
    fetch(`${base}/api/v1/auth/token`, { method: 'POST', headers, body });
  const jsonToken = (
    clientId: string,
    clientSecret: string,
    headers: Record<string, string> = {},
    base = url,
  ) =>
    tokenRequest(
      JSON.stringify({ clientId, clientSecret }),
      { 'content-type': 'application/json', ...headers },
      base,
    );
  const call = (method: string, path: string, token: string, base = url) =>
    fetch(`${base}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` } });

  async function newClient(name: string) {
    const response = await fetch(`${url}/api/v1/clients`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, agencyCode: 'LAPAS-MUARO-JAMBI', roles: ['program-officer'] }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { clientId: string; clientSecret: string };
  }

  beforeAll(async () => {
    replicas = [
      await startTestService(gatewayService, NO_SERVICES),
      await startTestService(gatewayService, NO_SERVICES),
    ];
    url = replicas[0].url;
    const response = await jsonToken(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET);
    admin = ((await response.json()) as { accessToken: string }).accessToken;
  });
  afterAll(async () => {
    await replicas[0].app
      .get(DataSource)
      .query(`DELETE FROM sign_in_failures WHERE subject LIKE 'address:203.0.113.%'`);
    for (const replica of replicas ?? []) await replica.stop();
  });

  it('answers the OAuth 2.0 client_credentials form (body or HTTP Basic) with RFC 6749 fields', async () => {
    const { clientId, clientSecret } = await newClient('OAuth client');
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    const inBody = await tokenRequest(form.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(inBody.status).toBe(200);
    expect(inBody.headers.get('cache-control')).toBe('no-store');
    const token = (await inBody.json()) as Record<string, unknown>;
    expect(token).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900 });

    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString(
      'base64',
    );
    const withBasic = await tokenRequest('grant_type=client_credentials', {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${basic}`,
    });
    expect(withBasic.status).toBe(200);
    const { access_token } = (await withBasic.json()) as { access_token: string };
    const claims = JSON.parse(Buffer.from(access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: clientId, jti: expect.any(String), iat: expect.any(Number) });
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.exp - claims.iat).toBe(900);
    const other = JSON.parse(
      Buffer.from((token.access_token as string).split('.')[1], 'base64url').toString(),
    );
    expect(other.jti).not.toBe(claims.jti);

    const wrongGrant = await tokenRequest('grant_type=password&client_id=a&client_secret=b', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongGrant.status).toBe(400);
    const tooLong = await jsonToken(clientId, 'x'.repeat(257));
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { errors: Array<{ field: string }> }).errors).toEqual([
      { field: 'clientSecret', message: 'clientSecret must be at most 256 characters' },
    ]);
    // Only the token endpoint reads forms.
    const formElsewhere = await fetch(`${url}/api/v1/clients`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(formElsewhere.status).toBe(415);
  });

  it('throttles 40 wrong secrets for one client id with 429, Retry-After and a growing back-off', async () => {
    const { clientId, clientSecret } = await newClient('Guessed client');
    const statuses: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      // Spread over addresses, so that only the per-client throttle can stop them.
      const response = await jsonToken(clientId, `wrong-secret-${i}`, from(`203.0.113.${100 + i}`));
      statuses.push(response.status);
      if (response.status === 429) waits.push(Number(response.headers.get('retry-after')));
      if (i === 5) await new Promise((r) => setTimeout(r, 1_100)); // let the first 1 s wait pass
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(30);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(2);
    // Even the right secret waits out the back-off.
    const right = await jsonToken(clientId, clientSecret, from('203.0.113.99'));
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('throttles wrong secrets from one source address across client ids', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++)
      statuses.push((await jsonToken(`unknown-client-${i}`, 'wrong-secret', from('203.0.113.7'))).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held back.
    expect((await jsonToken(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, from('203.0.113.8'))).status).toBe(200);
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
    const failuresOf = (address: string) =>
      replicas[0].app
        .get(DataSource)
        .query(`SELECT failures FROM sign_in_failures WHERE subject = $1`, [`address:${address}`]);
    // Behind a proxy on a private network (the default trusts loopback, link-local and private ranges).
    expect((await jsonToken('unknown-client-xff', 'wrong-secret', from('203.0.113.21'))).status).toBe(401);
    expect(await failuresOf('203.0.113.21')).toEqual([{ failures: 1 }]);
    // Reached directly by a peer that is not the named proxy: the header is the caller's own claim.
    const direct = await startTestService(gatewayService, { ...NO_SERVICES, TRUST_PROXY: '192.0.2.10' });
    try {
      const answer = await jsonToken('unknown-client-xff', 'wrong-secret', from('203.0.113.22'), direct.url);
      expect(answer.status).toBe(401);
      expect(await failuresOf('203.0.113.22')).toEqual([]);
      expect((await failuresOf('127.0.0.1')).length).toBe(1);
    } finally {
      await replicas[0].app
        .get(DataSource)
        .query(`DELETE FROM sign_in_failures WHERE subject = 'address:127.0.0.1'`);
      await direct.stop();
    }
  });

  it('lists clients, rotates a secret (old secret and tokens refused) and disables a client on every replica within 5 s', async () => {
    const { clientId, clientSecret } = await newClient('Revocable client');
    const listed = await call('GET', '/clients', admin);
    expect(listed.status).toBe(200);
    const items = ((await listed.json()) as { items: Array<Record<string, unknown>> }).items;
    expect(items.find((c) => c.clientId === clientId)).toMatchObject({
      name: 'Revocable client',
      disabledAt: null,
      roles: ['program-officer'],
    });
    expect(JSON.stringify(items)).not.toMatch(/secret_hash|scrypt/);

    const oldToken = ((await (await jsonToken(clientId, clientSecret)).json()) as { accessToken: string })
      .accessToken;
    // Tokens are compared to the rotation at whole seconds: issue the old one in an earlier second.
    await new Promise((r) => setTimeout(r, 1_000));
    const rotated = await call('POST', `/clients/${clientId}/rotate-secret`, admin);
    expect(rotated.status).toBe(200);
    const { clientSecret: newSecret } = (await rotated.json()) as { clientSecret: string };
    expect(newSecret).not.toBe(clientSecret);
    expect((await jsonToken(clientId, clientSecret)).status).toBe(401);
    await new Promise((r) => setTimeout(r, REVOCATION_CACHE_MS + 100));
    expect((await call('GET', '/agencies', oldToken)).status).toBe(401);

    await new Promise((r) => setTimeout(r, 1_000));
    const token = ((await (await jsonToken(clientId, newSecret)).json()) as { accessToken: string })
      .accessToken;
    // Both replicas accept the token (and cache that) before the disable.
    for (const replica of replicas)
      expect(
        (await call('GET', '/programs/00000000-0000-0000-0000-000000000000', token, replica.url)).status,
      ).toBe(503);
    const disabled = await call('POST', `/clients/${clientId}/disable`, admin, replicas[1].url);
    expect(disabled.status).toBe(200);
    expect(((await disabled.json()) as { disabledBy: string }).disabledBy).toBe(ADMIN_CLIENT_ID);
    const started = Date.now();
    const refusedAt: number[] = [];
    for (const replica of replicas) {
      for (;;) {
        const response = await call(
          'GET',
          '/programs/00000000-0000-0000-0000-000000000000',
          token,
          replica.url,
        );
        if (response.status === 401) break;
        expect(Date.now() - started).toBeLessThan(5_000);
        await new Promise((r) => setTimeout(r, 100));
      }
      refusedAt.push(Date.now() - started);
    }
    console.log(`disabled client's token refused by the two replicas after ${refusedAt.join(' ms and ')} ms`);
    expect(Math.max(...refusedAt)).toBeLessThan(5_000);
    expect((await jsonToken(clientId, newSecret)).status).toBe(401);
    expect((await call('POST', `/clients/${ADMIN_CLIENT_ID}/disable`, admin)).status).toBe(422);
  });
});
