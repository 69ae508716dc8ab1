import type { RunningService } from '@sinergi/platform';
import { startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';
import { monitoringViewer } from './sessions';

const SEEN = '0193a3c2-7f00-7000-8000-00000000000a';
const BROKEN = '0193a3c2-7f00-7000-8000-00000000000b';
const UNKNOWN = '0193a3c2-7f00-7000-8000-00000000000c';

/**
 * Services that fail on cue, standing behind the gateway in place of the real ones: the agreements
 * service knows SEEN, answers 500 for BROKEN and for its summary, and 404 otherwise; rehabilitation
 * and reintegration answer 500; budgeting always has another page of budgets, and its summary has
 * SEEN's balances.
 */
function failingServices(service: 'agreements' | 'rehabilitation' | 'reintegration' | 'budgeting'): Server {
  return createServer((request, response) => {
    const url = new URL(request.url!, 'http://stub');
    const send = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/summaries/agreements' && service === 'budgeting')
      return send(200, {
        items: [
          {
            agreementId: SEEN,
            ceiling: 1000,
            allocated: 100,
            disbursed: 50,
            available: 900,
            absorptionRate: 0.05,
          },
        ],
      });
    if (url.pathname === '/agreements')
      return send(200, {
        items: [SEEN, BROKEN].map((id) => ({ id, number: id.slice(-2), title: 'stub', status: 'ACTIVE' })),
        nextCursor: null,
      });
    if (url.pathname === `/agreements/${SEEN}`) return send(200, { id: SEEN, status: 'ACTIVE' });
    if (url.pathname === `/agreements/${BROKEN}`) return send(500, { status: 500 });
    if (url.pathname.startsWith('/agreements/')) return send(404, { status: 404 });
    if (url.pathname === '/budgets') {
      const page = Number(url.searchParams.get('cursor') ?? 0);
      return send(200, {
        items: [{ ceiling: 100, allocated: 10, disbursed: 5, available: 90 }],
        nextCursor: String(page + 1),
      });
    }
    return send(500, { status: 500 });
  });
}

describe('aggregates under partial failure (gateway against failing services)', () => {
  const stubs: Server[] = [];
  let gateway: RunningService;
  let viewer: ApiSession;

  beforeAll(async () => {
    const urls: string[] = [];
    for (const service of ['agreements', 'rehabilitation', 'reintegration', 'budgeting'] as const) {
      const stub = failingServices(service).listen(0, '127.0.0.1');
      await once(stub, 'listening');
      stubs.push(stub);
      urls.push(`http://127.0.0.1:${(stub.address() as AddressInfo).port}`);
    }
    const [agreements, rehabilitation, reintegration, budgeting] = urls;
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements,
      REHABILITATION_URL: rehabilitation,
      REINTEGRATION_URL: reintegration,
      BUDGETING_URL: budgeting,
    });
    viewer = await monitoringViewer(gateway.url);
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const stub of stubs) {
      stub.closeAllConnections();
      await new Promise((resolve) => stub.close(resolve));
    }
  });

  it('lists a service answering 5xx as degraded, and says when a list was cut short', async () => {
    const overview = await viewer.get(`/agreements/${SEEN}/overview?fiscalYear=2027`);
    expect(overview.degraded).toEqual(['rehabilitation', 'reintegration']);
    expect(overview.programs).toBeNull();
    expect(overview.reintegration).toBeNull();
    expect(overview.workPlan).toBeNull();
    expect(overview.budget).toEqual({
      ceiling: 1000,
      allocated: 100,
      disbursed: 50,
      available: 900,
      absorptionRate: 0.05,
      truncated: true,
    });
  });

  it('answers 404 only when the agreements service says so, and 503 (no figures) when it cannot confirm', async () => {
    const unknown = await viewer.send('GET', `/agreements/${UNKNOWN}/overview`);
    expect(unknown.status).toBe(404);
    const unconfirmed = await viewer.send('GET', `/agreements/${BROKEN}/overview`);
    expect(unconfirmed.status).toBe(503);
    expect(unconfirmed.headers.get('content-type')).toContain('application/problem+json');
    expect(Object.keys(unconfirmed.body)).not.toContain('budget');
    expect(unconfirmed.body.code).toBe('service.unavailable');
  });

  it('builds the dashboard from the summaries that answer: a failing one is degraded on every agreement', async () => {
    const dashboard = await viewer.get('/dashboard?fiscalYear=2027');
    const figures = (id: string) => ({
      agreementId: id,
      number: id.slice(-2),
      title: 'stub',
      status: 'ACTIVE',
      workPlan: null,
      programs: null,
      reintegration: null,
      degraded: ['agreements', 'rehabilitation', 'reintegration'],
    });
    expect(dashboard.agreements).toEqual([
      {
        ...figures(SEEN),
        budget: {
          ceiling: 1000,
          allocated: 100,
          disbursed: 50,
          available: 900,
          absorptionRate: 0.05,
          truncated: false,
        },
      },
      {
        ...figures(BROKEN),
        budget: {
          ceiling: 0,
          allocated: 0,
          disbursed: 0,
          available: 0,
          absorptionRate: null,
          truncated: false,
        },
      },
    ]);
    expect(dashboard.errors).toEqual([]);
    expect(dashboard.degraded).toEqual(['agreements', 'rehabilitation', 'reintegration']);
    expect(dashboard.truncated).toBe(false);
    expect(dashboard.totals).toEqual({
      agreements: 2,
      programs: 0,
      enrolled: 0,
      completed: 0,
      ceiling: 1000,
      allocated: 100,
      disbursed: 50,
      openCases: 0,
      reoffended: 0,
    });
  });

  it('never forwards the internal summary routes from the public API, not even for the platform-admin', async () => {
    const admin = await ApiSession.login(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    for (const caller of [viewer, admin])
      for (const path of ['/summaries/agreements', '/summaries/agreements?fiscalYear=2027']) {
        const answer = await caller.send('GET', path);
        expect(answer.status).toBe(404);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.detail).toBe('no route GET /api/v1/summaries/agreements');
      }
  });
});
