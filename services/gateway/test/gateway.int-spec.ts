import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunningService } from '@sinergi/platform';
import { REPO_ROOT, startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { gatewayService } from '../src/service';

const json = (body: unknown, token?: string, extra: Record<string, string> = {}) => ({
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  },
  body: JSON.stringify(body),
});

async function tokenFor(url: string, clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/token`, {
    method: 'POST',
    ...json({ clientId, clientSecret }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/**
 * Every `METHOD /path` of the API contract (docs/api.md). A first table cell may hold several routes
 * ("`GET /a` · `GET /a/{id}`"); a bare "`/complete`" repeats the previous method and parent path.
 */
function contractRoutes(): Array<[string, string]> {
  const text = readFileSync(path.join(REPO_ROOT, 'docs/api.md'), 'utf8');
  const routes: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    const firstCell = /^\|([^|]+)\|/.exec(line)?.[1] ?? '';
    let previous: [string, string] | undefined;
    for (const span of firstCell.matchAll(/`([^`]+)`/g)) {
      const full = /^(GET|POST|PATCH|PUT|DELETE)\s+(\/[^\s?]*)/.exec(span[1]);
      const bare = /^\/([a-z-]+)$/.exec(span[1]);
      if (full) previous = [full[1], `/api/v1${full[2]}`];
      else if (bare && previous) previous = [previous[0], previous[1].replace(/\/[^/]+$/, `/${bare[1]}`)];
      else continue;
      routes.push(previous);
    }
  }
  return routes;
}

describe('gateway (real PostgreSQL; services not running)', () => {
  let gateway: RunningService;
  let admin: string;

  beforeAll(async () => {
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: 'http://127.0.0.1:9',
      REHABILITATION_URL: 'http://127.0.0.1:9',
      REINTEGRATION_URL: 'http://127.0.0.1:9',
      BUDGETING_URL: 'http://127.0.0.1:9',
      NOTIFICATIONS_URL: 'http://127.0.0.1:9',
    });
    admin = await tokenFor(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('issues tokens only for the right secret, and stores secrets hashed', async () => {
    const wrong = await fetch(`${gateway.url}/api/v1/auth/token`, {
      method: 'POST',
      ...json({ clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID, clientSecret: 'not-the-secret' }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    const { DataSource } = await import('typeorm');
    const rows = await gateway.app.get(DataSource).query(`SELECT secret_hash FROM api_clients`);
    for (const row of rows) expect(row.secret_hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(rows)).not.toContain(TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET);
  });

  it('answers 401 without or with a bad token, and lists every invalid field in a 400', async () => {
    expect((await fetch(`${gateway.url}/api/v1/agreements`)).status).toBe(401);
    const bad = await fetch(`${gateway.url}/api/v1/agreements`, {
      headers: { authorization: 'Bearer x.y.z' },
    });
    expect(bad.status).toBe(401);
    const invalid = await fetch(`${gateway.url}/api/v1/clients`, {
      method: 'POST',
      ...json({ name: '', roles: ['root'], extra: 1 }, admin),
    });
    expect(invalid.status).toBe(400);
    const problem = (await invalid.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(
      expect.arrayContaining(['agencyCode', 'extra', 'name', 'roles']),
    );
  });

  it('creates clients for platform admins only; an idempotent replay does not return the secret again', async () => {
    const body = { name: 'Lapas officer', agencyCode: 'LAPAS-MUARO-JAMBI', roles: ['program-officer'] };
    const first = await fetch(`${gateway.url}/api/v1/clients`, {
      method: 'POST',
      ...json(body, admin, { 'idempotency-key': 'k-1' }),
    });
    expect(first.status).toBe(201);
    const created = (await first.json()) as { clientId: string; clientSecret: string; roles: string[] };
    expect(created.roles).toEqual(['program-officer']);
    const replay = await fetch(`${gateway.url}/api/v1/clients`, {
      method: 'POST',
      ...json(body, admin, { 'idempotency-key': 'k-1' }),
    });
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as { code: string }).code).toBe('idempotency.response-not-kept');
    const reused = await fetch(`${gateway.url}/api/v1/clients`, {
      method: 'POST',
      ...json({ ...body, name: 'someone else' }, admin, { 'idempotency-key': 'k-1' }),
    });
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { code: string }).code).toBe('idempotency.key-reused');

    const officer = await tokenFor(gateway.url, created.clientId, created.clientSecret);
    const forbidden = await fetch(`${gateway.url}/api/v1/clients`, {
      method: 'POST',
      ...json(body, officer),
    });
    expect(forbidden.status).toBe(403);
    const notTheirs = await fetch(`${gateway.url}/api/v1/budgets`, { method: 'POST', ...json({}, officer) });
    expect(notTheirs.status).toBe(403);
  });

  it('rejects a body over 1 MiB with 413 and answers unknown routes with 404', async () => {
    const huge = await fetch(`${gateway.url}/api/v1/clients`, {
      method: 'POST',
      ...json({ name: 'x'.repeat(1_100_000) }, admin),
    });
    expect(huge.status).toBe(413);
    expect(
      (await fetch(`${gateway.url}/api/v1/nothing-here`, { headers: { authorization: `Bearer ${admin}` } }))
        .status,
    ).toBe(404);
  });

  it('gives every problem a stable code, its docs entry, the request path and the correlation id', async () => {
    const problemOf = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${gateway.url}${path}`, {
        ...init,
        headers: { 'x-correlation-id': 'errors-1', ...(init.headers as Record<string, string>) },
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const body = (await response.json()) as { code: string; type: string; instance: string };
      expect(body.type).toBe(`https://sinergi.example/docs/errors.md#${body.code}`);
      return { status: response.status, ...body };
    };
    const auth = { authorization: `Bearer ${admin}` };
    expect(await problemOf('/api/v1/agreements?status=DRAFT')).toMatchObject({
      status: 401,
      code: 'auth.unauthenticated',
      instance: '/api/v1/agreements',
      correlationId: 'errors-1',
    });
    expect(
      await problemOf('/api/v1/clients', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{"name": ',
      }),
    ).toMatchObject({ status: 400, code: 'request.malformed' });
    expect(
      await problemOf('/api/v1/clients', { method: 'POST', ...json({ name: 'x', roles: [] }, admin) }),
    ).toMatchObject({ status: 400, code: 'request.invalid-input', instance: '/api/v1/clients' });
    expect(await problemOf('/api/v1/nothing-here', { headers: auth })).toMatchObject({
      status: 404,
      code: 'resource.not-found',
    });
    expect(await problemOf('/api/v1/agreements', { method: 'DELETE', headers: auth })).toMatchObject({
      status: 405,
      code: 'request.method-not-allowed',
    });
    expect(await problemOf('/api/v1/budgets', { headers: auth })).toMatchObject({
      status: 503,
      code: 'service.unavailable',
      instance: '/api/v1/budgets',
    });
  });

  it('sets security headers and echoes the correlation id', async () => {
    const response = await fetch(`${gateway.url}/api/v1/status`, {
      headers: { authorization: `Bearer ${admin}`, 'x-correlation-id': 'abc-123' },
    });
    expect(response.headers.get('x-correlation-id')).toBe('abc-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('degrades instead of failing when services are down', async () => {
    const status = await fetch(`${gateway.url}/api/v1/status`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(status.status).toBe(200);
    expect(((await status.json()) as { degraded: string[] }).degraded).toEqual([
      'agreements',
      'rehabilitation',
      'reintegration',
      'budgeting',
      'notifications',
    ]);
    const overview = await fetch(
      `${gateway.url}/api/v1/agreements/0193a3c2-7f00-7000-8000-000000000001/overview`,
      {
        headers: { authorization: `Bearer ${admin}` },
      },
    );
    // The agreement's scope cannot be confirmed: no figures at all (fail closed).
    expect(overview.status).toBe(503);
    const body = (await overview.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 503, code: 'service.unavailable' });
    expect(Object.keys(body)).not.toContain('programs');
    const forwarded = await fetch(`${gateway.url}/api/v1/agreements`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(forwarded.status).toBe(503);
  });

  it('serves an OpenAPI document with every route of the API contract', async () => {
    const doc = (await (await fetch(`${gateway.url}/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = contractRoutes();
    expect(routes).toHaveLength(95);
    const missing = routes
      .filter(([method, p]) => !doc.paths[p]?.[method.toLowerCase()])
      .map((r) => r.join(' '));
    expect(missing).toEqual([]);
    const page = await fetch(`${gateway.url}/docs`);
    expect(page.status).toBe(200);
    expect((await fetch(`${gateway.url}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });
});

/** Waits, when needed, so that the next `seconds` all fall in one of the database's one-minute windows. */
async function awaitRoomInWindow(service: RunningService, seconds: number): Promise<void> {
  const { DataSource } = await import('typeorm');
  const [{ second }] = await service.app.get(DataSource).query('SELECT EXTRACT(SECOND FROM now()) AS second');
  const left = 60 - Number(second);
  if (left < seconds) await new Promise((resolve) => setTimeout(resolve, (left + 0.5) * 1000));
}

describe('gateway rate limiting', () => {
  const services = {
    AGREEMENTS_URL: 'http://127.0.0.1:9',
    REHABILITATION_URL: 'http://127.0.0.1:9',
    REINTEGRATION_URL: 'http://127.0.0.1:9',
    BUDGETING_URL: 'http://127.0.0.1:9',
    NOTIFICATIONS_URL: 'http://127.0.0.1:9',
  };
  const replicas: RunningService[] = [];

  afterEach(async () => {
    // These tests spend the admin client's window; later test files of the run use the same client.
    const { DataSource } = await import('typeorm');
    await replicas[0]?.app.get(DataSource).query('DELETE FROM rate_limit_windows');
    await Promise.all(replicas.splice(0).map((replica) => replica.stop()));
  });

  const admitted = async (urls: string[], token: string, requests: number, concurrency: number) => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const url = urls[next++ % urls.length];
          const response = await fetch(`${url}/api/v1/agreements`, {
            headers: { authorization: `Bearer ${token}` },
          });
          await response.arrayBuffer();
          statuses.push(response.status);
          if (response.status === 429) retryAfter = response.headers.get('retry-after');
        }
      }),
    );
    return {
      admitted: statuses.filter((s) => s !== 429).length,
      limited: statuses.filter((s) => s === 429).length,
      retryAfter,
    };
  };

  it('admits exactly the per-minute limit, then answers 429 with Retry-After', async () => {
    replicas.push(await startTestService(gatewayService, { ...services, RATE_LIMIT_PER_MINUTE: '3' }));
    const token = await tokenFor(
      replicas[0].url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    await awaitRoomInWindow(replicas[0], 10);
    const { DataSource } = await import('typeorm');
    // The other describe block's requests of this minute count against the same client.
    await replicas[0].app.get(DataSource).query('DELETE FROM rate_limit_windows');
    const result = await admitted([replicas[0].url], token, 5, 1);
    expect(result).toMatchObject({ admitted: 3, limited: 2 });
    expect(Number(result.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(result.retryAfter)).toBeLessThanOrEqual(60);
  });

  it('three replicas together admit the limit within 10 % and never more', async () => {
    const limit = 500;
    for (let i = 0; i < 3; i++) {
      replicas.push(
        await startTestService(gatewayService, { ...services, RATE_LIMIT_PER_MINUTE: String(limit) }),
      );
    }
    const token = await tokenFor(
      replicas[0].url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    // The 1,000 requests must fall in one one-minute window even on a loaded machine: start early in one.
    await awaitRoomInWindow(replicas[0], 55);
    const { DataSource } = await import('typeorm');
    const database = replicas[0].app.get(DataSource);
    await database.query('DELETE FROM rate_limit_windows'); // the previous test's window
    const result = await admitted(
      replicas.map((replica) => replica.url),
      token,
      2 * limit,
      24,
    );
    const [{ windows }] = await database.query(
      'SELECT count(*)::int AS windows FROM rate_limit_windows WHERE client_id = $1',
      [TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID],
    );
    expect(windows).toBe(1);
    // Each replica may leave at most one lease (2 % of the limit) unused.
    expect(result.admitted).toBeLessThanOrEqual(limit);
    expect(result.admitted).toBeGreaterThanOrEqual(limit - 3 * Math.floor(limit * 0.02));
    expect(result.limited).toBe(2 * limit - result.admitted);
    // Leases, not requests, reach the database: after the limit each replica claims once more at most.
    const [{ reserved }] = await database.query(
      'SELECT sum(requests)::int AS reserved FROM rate_limit_windows WHERE client_id = $1',
      [TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID],
    );
    expect(reserved).toBeLessThanOrEqual(limit + 3 * Math.floor(limit * 0.02));
  }, 150_000);
});
