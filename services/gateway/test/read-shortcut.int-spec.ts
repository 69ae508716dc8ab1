import { FORWARDED_ROUTES, rolesAllow, type RunningService } from '@sinergi/platform';
import { startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { agreementsService } from '../../agreements/src/service';
import { AccessTokenGuard } from '../src/auth/access-token.guard';
import { ApiSession } from '../src/demo/api-session';
import { AGENCIES, draftMou } from '../src/demo/muaro-jambi-journey';
import { gatewayService } from '../src/service';

/** Headers that differ between any two answers (the clock), left out of the comparison. */
const VOLATILE = new Set(['date']);

/** A header the shortcut leaves to fastify: without configured CORS origins, fastify's answer ignores it. */
const CROSS_ORIGIN = { origin: 'https://elsewhere.example' };

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

describe('bearer reads answered ahead of fastify (gateway → agreements; other services down)', () => {
  let agreements: RunningService;
  let gateway: RunningService;
  let admin: ApiSession;
  let adminToken: string;
  let agreementId: string;
  /** Before the agreement was drafted: other test files of the run share its table. */
  let draftedSince: string;
  let shortcutAdmissions: jest.SpyInstance;
  let fastifyAdmissions: jest.SpyInstance;

  const tokenOf = async (clientId: string, clientSecret: string) => {
    const response = await fetch(`${gateway.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, clientSecret }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  };

  const get = async (path: string, headers: Record<string, string>, method = 'GET'): Promise<Answer> => {
    const response = await fetch(`${gateway.url}${path}`, { method, headers });
    const answerHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!VOLATILE.has(name)) answerHeaders[name] = value;
    });
    return { status: response.status, headers: answerHeaders, body: await response.text() };
  };

  /** The same read by the shortcut and by fastify's route; both answers, after checking who took each. */
  const bothWays = async (path: string, headers: Record<string, string>) => {
    shortcutAdmissions.mockClear();
    fastifyAdmissions.mockClear();
    const shortcut = await get(path, headers);
    expect([shortcutAdmissions.mock.calls.length, fastifyAdmissions.mock.calls.length]).toEqual([1, 0]);
    const routed = await get(path, { ...headers, ...CROSS_ORIGIN });
    expect([shortcutAdmissions.mock.calls.length, fastifyAdmissions.mock.calls.length]).toEqual([1, 1]);
    return { shortcut, routed };
  };

  beforeAll(async () => {
    agreements = await startTestService(agreementsService);
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements.url,
      REHABILITATION_URL: 'http://127.0.0.1:9',
      REINTEGRATION_URL: 'http://127.0.0.1:9',
      BUDGETING_URL: 'http://127.0.0.1:9',
      NOTIFICATIONS_URL: 'http://127.0.0.1:9',
    });
    admin = await ApiSession.login(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    adminToken = await tokenOf(
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    draftedSince = new Date().toISOString();
    agreementId = await draftMou(admin, 'MOU/SHORTCUT/2026');
    const guard = gateway.app.get(AccessTokenGuard);
    shortcutAdmissions = jest.spyOn(guard, 'admitBearer');
    fastifyAdmissions = jest.spyOn(guard, 'admit');
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await gateway?.stop();
    await agreements?.stop();
  });

  it('answers a read with the same status, headers and body as the proxy route, entity tag and 304 included', async () => {
    const bearer = { authorization: `Bearer ${adminToken}`, 'x-correlation-id': 'shortcut-read-1' };
    const read = await bothWays(`/api/v1/agreements/${agreementId}`, bearer);
    expect(read.shortcut).toEqual(read.routed);
    expect(read.shortcut.status).toBe(200);
    expect(JSON.parse(read.shortcut.body)).toMatchObject({ id: agreementId, number: 'MOU/SHORTCUT/2026' });
    expect(read.shortcut.headers).toMatchObject({
      'x-correlation-id': 'shortcut-read-1',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'private, no-cache',
      vary: 'authorization, cookie',
    });
    expect(read.shortcut.headers.etag).toMatch(/^"[\w-]{32}"$/);

    const unchanged = await bothWays(`/api/v1/agreements/${agreementId}`, {
      ...bearer,
      'if-none-match': read.shortcut.headers.etag,
    });
    expect(unchanged.shortcut).toEqual(unchanged.routed);
    expect(unchanged.shortcut).toMatchObject({ status: 304, body: '' });
    expect(unchanged.shortcut.headers.etag).toBe(read.shortcut.headers.etag);
    expect(unchanged.shortcut.headers['content-type']).toBeUndefined();

    const list = await bothWays(
      `/api/v1/agreements?status=DRAFT&updatedSince=${encodeURIComponent(draftedSince)}`,
      bearer,
    );
    expect(list.shortcut).toEqual(list.routed);
    expect(
      (JSON.parse(list.shortcut.body) as { items: Array<{ id: string }> }).items.map((a) => a.id),
    ).toEqual([agreementId]);
  });

  it('answers a body beyond ASCII whole, its length counted in bytes', async () => {
    const title = 'Kerja sama Pemkab–Kanwil: pembinaan “kemandirian” ✓';
    const drafted = await admin.post(
      '/agreements',
      {
        kind: 'MOU',
        number: 'MOU/SHORTCUT/UTF8',
        title,
        scopes: ['SKILLS_TRAINING'],
        partyCodes: [AGENCIES.pemkab.code, AGENCIES.kanwil.code],
        startDate: '2026-06-01',
        endDate: '2031-05-31',
      },
      201,
    );
    const read = await bothWays(`/api/v1/agreements/${drafted.id as string}`, {
      authorization: `Bearer ${adminToken}`,
      'x-correlation-id': 'shortcut-read-utf8',
    });
    expect(read.shortcut).toEqual(read.routed);
    expect((JSON.parse(read.shortcut.body) as { title: string }).title).toBe(title);
    expect(Number(read.shortcut.headers['content-length'])).toBe(Buffer.byteLength(read.shortcut.body));
    expect(Buffer.byteLength(read.shortcut.body)).toBeGreaterThan(read.shortcut.body.length);
  });

  it('answers refusals as the same problems: unknown resource, bad token, role refused, service down', async () => {
    const bearer = { authorization: `Bearer ${adminToken}`, 'x-correlation-id': 'shortcut-refusal-1' };
    const problemOf = (answer: Answer) => ({ status: answer.status, ...JSON.parse(answer.body) });

    const missing = await bothWays('/api/v1/agreements/0193a000-0000-7000-8000-00000000dead', bearer);
    expect(missing.shortcut).toEqual(missing.routed);
    expect(problemOf(missing.shortcut)).toMatchObject({ status: 404, code: 'resource.not-found' });
    expect(missing.shortcut.headers['cache-control']).toBe('no-store');

    const badToken = await bothWays(`/api/v1/agreements/${agreementId}`, {
      ...bearer,
      authorization: 'Bearer not-a-token',
    });
    expect(badToken.shortcut).toEqual(badToken.routed);
    expect(problemOf(badToken.shortcut)).toMatchObject({
      status: 401,
      code: 'auth.unauthenticated',
      instance: `/api/v1/agreements/${agreementId}`,
      correlationId: 'shortcut-refusal-1',
    });
    expect(badToken.shortcut.headers['content-type']).toBe('application/problem+json; charset=utf-8');

    const officer = (await admin.post(
      '/clients',
      { name: 'shortcut officer', agencyCode: AGENCIES.kanwil.code, roles: ['program-officer'] },
      201,
    )) as { clientId: string; clientSecret: string };
    const officerToken = await tokenOf(officer.clientId, officer.clientSecret);
    const refused = FORWARDED_ROUTES.find(
      (r) => r.method === 'GET' && !r.path.includes(':') && !rolesAllow(r, ['program-officer']),
    )!;
    const forbidden = await bothWays(`/api/v1${refused.path}`, {
      ...bearer,
      authorization: `Bearer ${officerToken}`,
    });
    expect(forbidden.shortcut).toEqual(forbidden.routed);
    expect(problemOf(forbidden.shortcut)).toMatchObject({ status: 403, code: 'auth.forbidden' });

    const down = await bothWays('/api/v1/budgets', bearer);
    expect(down.shortcut).toEqual(down.routed);
    expect(problemOf(down.shortcut)).toMatchObject({
      status: 503,
      code: 'service.unavailable',
      instance: '/api/v1/budgets',
    });
  });

  it('leaves to fastify the gateway’s own reads, HEAD, CSV exports, encoded paths, bodies’ content types and refused paths or queries', async () => {
    const bearer = { authorization: `Bearer ${adminToken}` };
    shortcutAdmissions.mockClear();
    fastifyAdmissions.mockClear();
    const own = await get('/api/v1/me', bearer);
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID });
    const overview = await get(`/api/v1/agreements/${agreementId}/overview`, bearer);
    expect(overview.status).toBe(200);
    expect(JSON.parse(overview.body)).toMatchObject({ agreement: { id: agreementId } });
    // The proxy's route answers only the methods the services' routes name.
    const head = await get(`/api/v1/agreements/${agreementId}`, bearer, 'HEAD');
    expect(head.status).toBe(405);
    const csv = await get('/api/v1/agreements', { ...bearer, accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const refusedPath = await get(`/api/v1/agreements/${agreementId};x`, bearer);
    expect(refusedPath.status).toBe(400);
    const nulInQuery = await get('/api/v1/agreements?status=%00', bearer);
    expect(JSON.parse(nulInQuery.body)).toMatchObject({ status: 400, code: 'request.malformed' });
    const form = await get(`/api/v1/agreements/${agreementId}`, {
      ...bearer,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    // fastify's router decodes the path before it matches: the shortcut does not guess.
    const encoded = await get(`/api/v1/agreements/${agreementId.replace(/^0/, '%30')}`, bearer);
    expect(encoded.status).toBe(200);
    expect(JSON.parse(encoded.body)).toMatchObject({ id: agreementId });
    expect(shortcutAdmissions).not.toHaveBeenCalled();
    // The refused path, the NUL and the form are answered before any admission.
    expect(fastifyAdmissions).toHaveBeenCalledTimes(5);
  });
});
