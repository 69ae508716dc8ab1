import { generateKeyPair, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { agreementsService } from '../../agreements/src/service';
import { budgetingService } from '../../budgeting/src/service';
import {
  INTERNAL_TOKEN_HEADER,
  internalKeys,
  type CallerIdentity,
  type RunningService,
} from '@sinergi/platform';
import {
  internalHeaders,
  startTestService,
  testInternalSigner,
  TEST_GATEWAY_SECRETS,
  TEST_INTERNAL_SIGNING_KEY,
} from '@sinergi/testing';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';

const AGENCY = { code: 'PEMKAB-TRUST', name: 'Pemkab Uji Kepercayaan', kind: 'PEMKAB', regionCode: '1505' };
const UNKNOWN_AGREEMENT = '0193a3c2-7f00-7000-8000-0000000000ff';
/** The shared HMAC secret internal tokens were signed with before (its public development value). */
const OLD_SHARED_SECRET = 'local-dev-internal-auth-secret-change-me-0001';

const caller = (roles: string[]): CallerIdentity => ({
  clientId: `c-${roles.join('-')}`,
  agencyCode: AGENCY.code,
  roles,
});

/**
 * Stands between the gateway and the agreements service: passes every call on unchanged and keeps
 * the internal token the gateway sent with it, so the test can replay a token the gateway signed.
 */
function recordingProxy(
  target: () => string,
  tokens: Array<{ method: string; path: string; token: string }>,
) {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const token = request.headers[INTERNAL_TOKEN_HEADER];
      if (typeof token === 'string') tokens.push({ method: request.method!, path: request.url!, token });
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          ([name]) => !['host', 'connection', 'content-length'].includes(name),
        ),
      ) as Record<string, string>;
      fetch(`${target()}${request.url}`, {
        method: request.method,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      }).then(
        async (answer) =>
          response
            .writeHead(answer.status, {
              'content-type': answer.headers.get('content-type') ?? 'application/json',
            })
            .end(Buffer.from(await answer.arrayBuffer())),
        () => response.writeHead(502).end(),
      );
    });
  });
}

describe('internal trust: services accept only the gateway’s tokens, for the call they were signed for', () => {
  let agreements: RunningService;
  let budgeting: RunningService;
  let gateway: RunningService;
  let proxy: Server;
  const recorded: Array<{ method: string; path: string; token: string }> = [];
  const master = internalKeys.masterKeyOf(TEST_INTERNAL_SIGNING_KEY);
  /** The key the gateway signs tokens for `service` with (derived from its master key). */
  const serviceKey = (service: string) => internalKeys.serviceSecretOf(master, service);
  let gatewayKeyId: string;

  /** Calls a service directly with `token` (none when undefined); answers the status and the problem detail. */
  const send = async (
    service: RunningService,
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { [INTERNAL_TOKEN_HEADER]: token }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as { detail?: string; code?: string };
    return { status: response.status, detail: answer.detail, code: answer.code };
  };

  /** A token signed as the gateway signs those for agreements, with claims as given. */
  const gatewaySigned = (claims: JWTPayload, key: Uint8Array = serviceKey('agreements')) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: gatewayKeyId }).sign(key);

  const now = () => Math.floor(Date.now() / 1000);
  const claimsFor = (
    service: string,
    method: string,
    path: string,
    roles = ['platform-admin'],
  ): JWTPayload => ({
    iss: 'sinergi-gateway',
    aud: service,
    sub: 'forger',
    agencyCode: 'PLATFORM',
    roles,
    method,
    path,
    jti: 'f0f0f0f0-0000-4000-8000-000000000001',
    iat: now(),
    nbf: now(),
    exp: now() + 30,
  });

  beforeAll(async () => {
    agreements = await startTestService(agreementsService);
    budgeting = await startTestService(budgetingService);
    proxy = recordingProxy(() => agreements.url, recorded).listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      BUDGETING_URL: budgeting.url,
    });
    gatewayKeyId = (await testInternalSigner()).keyId;
    const admin = await ApiSession.login(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    await admin.post('/agencies', AGENCY, 201);
    await admin.get(`/agencies/${AGENCY.code}`);
  });
  afterAll(async () => {
    await gateway?.stop();
    proxy?.closeAllConnections();
    await new Promise((resolve) => proxy?.close(resolve));
    await Promise.all([agreements?.stop(), budgeting?.stop()]);
  });

  it('refuses the token the gateway signed for one call when it is replayed, to that call or another path, method or service', async () => {
    const read = recorded.find((r) => r.method === 'GET' && r.path === `/agencies/${AGENCY.code}`);
    expect(read).toBeDefined();
    const token = read!.token;
    // The gateway's call was answered; the very same call sent again is not.
    expect(await send(agreements, 'GET', `/agencies/${AGENCY.code}`, token)).toEqual({
      status: 401,
      code: 'auth.unauthenticated',
      detail: 'invalid internal credentials: already used: a token is good for one call',
    });

    expect(await send(agreements, 'GET', '/agencies', token)).toEqual({
      status: 401,
      code: 'auth.unauthenticated',
      detail: `invalid internal credentials: issued for GET /agencies/${AGENCY.code}, not GET /agencies`,
    });
    expect((await send(agreements, 'GET', '/agencies/BAPAS-OTHER', token)).status).toBe(401);
    const otherMethod = await send(agreements, 'POST', '/agencies', token, {
      ...AGENCY,
      code: 'PEMKAB-FORGED',
    });
    expect(otherMethod).toMatchObject({ status: 401, detail: expect.stringMatching(/not POST \/agencies$/) });
    // Another service holds another key: agreements' token does not even pass its signature check.
    expect(await send(budgeting, 'GET', '/budgets', token)).toEqual({
      status: 401,
      code: 'auth.unauthenticated',
      detail: 'invalid internal credentials: signature verification failed',
    });
    // Nothing was written by the refused POST.
    expect((await send(agreements, 'GET', '/agencies/PEMKAB-FORGED', token)).status).toBe(401);
    const check = await internalHeaders({
      service: 'agreements',
      method: 'GET',
      path: '/agencies/PEMKAB-FORGED',
    });
    expect(
      (await send(agreements, 'GET', '/agencies/PEMKAB-FORGED', check[INTERNAL_TOKEN_HEADER])).status,
    ).toBe(404);
  });

  it("refuses tokens signed with the old shared secret, another service's key, the master key, another algorithm, unsigned, or expired", async () => {
    const claims = claimsFor('agreements', 'GET', '/agencies');
    const refused = async (token: string | undefined) => {
      const answer = await send(agreements, 'GET', '/agencies', token);
      expect(answer.status).toBe(401);
      return answer.detail;
    };
    // The control: the same claims signed with agreements' key are accepted.
    expect((await send(agreements, 'GET', '/agencies', await gatewaySigned(claims))).status).toBe(200);

    const secret = new TextEncoder().encode(OLD_SHARED_SECRET);
    const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secret);
    const oldShape = await new SignJWT({ ...claims, aud: 'sinergi-services' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(secret);
    for (const token of [hmac, oldShape])
      expect(await refused(token)).toBe('invalid internal credentials: unknown key id (none)');
    // Under the gateway's key id, but not agreements' key: the old secret, budgeting's own key (a
    // budgeting instance minting a token for agreements), the gateway's master key itself.
    for (const key of [secret, serviceKey('budgeting'), master.secret])
      expect(await refused(await gatewaySigned(claims, key))).toBe(
        'invalid internal credentials: signature verification failed',
      );
    const ownKeyId = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'other' })
      .sign(serviceKey('agreements'));
    expect(await refused(ownKeyId)).toBe('invalid internal credentials: unknown key id other');
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const edDsa = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: gatewayKeyId })
      .sign(other.privateKey);
    expect(await refused(edDsa)).toBe(
      'invalid internal credentials: "alg" (Algorithm) Header Parameter value not allowed',
    );
    expect(await refused(new UnsecuredJWT(claims).encode())).toMatch(/^invalid internal credentials: /);

    const expired = await gatewaySigned({ ...claims, iat: now() - 60, nbf: now() - 60, exp: now() - 30 });
    expect(await refused(expired)).toMatch(
      /^invalid internal credentials: "exp" claim timestamp check failed/,
    );
    const longLived = await gatewaySigned({ ...claims, exp: now() + 3600 });
    expect(await refused(longLived)).toBe('invalid internal credentials: lives longer than 30 s');
    const { jti: _jti, ...withoutId } = claims;
    expect(await refused(await gatewaySigned(withoutId))).toBe(
      'invalid internal credentials: missing required "jti" claim',
    );
    expect(await refused(undefined)).toBe(
      'internal credentials required: call this service through the gateway',
    );
  });

  it('refuses a caller whose roles the shared route table does not allow, even with a validly signed token', async () => {
    const call = async (
      service: RunningService,
      name: string,
      method: string,
      path: string,
      roles: string[],
      via?: string,
      body?: unknown,
    ) => {
      const headers = await internalHeaders(
        { service: name, method, path: path.split('?')[0], via },
        caller(roles),
      );
      return send(service, method, path, headers[INTERNAL_TOKEN_HEADER], body);
    };
    // Viewers do not read agreements themselves (the service would otherwise answer 404 here).
    expect(
      await call(agreements, 'agreements', 'GET', `/agreements/${UNKNOWN_AGREEMENT}`, ['viewer']),
    ).toEqual({
      status: 403,
      code: 'auth.forbidden',
      detail:
        'this route needs one of the roles: agreement-officer, program-officer, probation-officer, finance-officer, auditor',
    });
    expect((await call(agreements, 'agreements', 'GET', '/agencies', ['agency-admin'])).status).toBe(403);
    expect((await call(agreements, 'agreements', 'GET', '/agencies', ['finance-officer'])).status).toBe(200);
    // Registering an agency is for platform administrators only; refused before the body is read.
    expect(
      await call(agreements, 'agreements', 'POST', '/agencies', ['agreement-officer'], undefined, {}),
    ).toEqual({
      status: 403,
      code: 'auth.forbidden',
      detail: 'this route is for platform administrators',
    });
    expect(
      (await call(budgeting, 'budgeting', 'POST', '/budgets', ['program-officer'], undefined, {})).status,
    ).toBe(403);
    expect(
      (await call(budgeting, 'budgeting', 'POST', '/budgets', ['finance-officer'], undefined, {})).status,
    ).toBe(400);

    // Read through an aggregate: only the routes the table says the aggregate reads, for its roles.
    const overview = 'GET /agreements/:id/overview';
    const path = `/agreements/${UNKNOWN_AGREEMENT}`;
    expect((await call(agreements, 'agreements', 'GET', path, ['viewer'], overview)).status).toBe(404);
    expect((await call(agreements, 'agreements', 'GET', path, ['agency-admin'], overview)).status).toBe(403);
    expect(
      (await call(agreements, 'agreements', 'GET', path, ['viewer'], 'GET /agreements/:id')).status,
    ).toBe(403);
    expect((await call(budgeting, 'budgeting', 'GET', '/allocations', ['viewer'], overview)).status).toBe(
      403,
    );
    // The dashboard reads each service's summary of every agreement, and no longer the lists.
    const dashboard = 'GET /dashboard';
    const summary = '/summaries/agreements?fiscalYear=2027';
    expect((await call(budgeting, 'budgeting', 'GET', summary, ['viewer'], dashboard)).status).toBe(200);
    expect((await call(budgeting, 'budgeting', 'GET', summary, ['viewer'])).status).toBe(403);
    expect((await call(budgeting, 'budgeting', 'GET', summary, ['finance-officer'], overview)).status).toBe(
      403,
    );
    expect((await call(budgeting, 'budgeting', 'GET', summary, ['platform-admin'])).status).toBe(200);
    expect((await call(budgeting, 'budgeting', 'GET', '/budgets', ['viewer'], dashboard)).status).toBe(403);
  });
});
