import type { RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
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
 * service knows SEEN, answers 500 for BROKEN and 404 otherwise; rehabilitation and reintegration
 * answer 500; budgeting always has another page of budgets.
 */
function failingServices(): Server {
  return createServer((request, response) => {
    const url = new URL(request.url!, 'http://stub');
    const send = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
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
  let stub: Server;
  let gateway: RunningService;
  let viewer: ApiSession;

  beforeAll(async () => {
    stub = failingServices().listen(0, '127.0.0.1');
    await once(stub, 'listening');
    const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: stubUrl,
      REHABILITATION_URL: stubUrl,
      REINTEGRATION_URL: stubUrl,
      BUDGETING_URL: stubUrl,
    });
    viewer = await monitoringViewer(gateway.url);
  });
  afterAll(async () => {
    await gateway?.stop();
    stub?.closeAllConnections();
    await new Promise((resolve) => stub?.close(resolve));
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

  it('reports each agreement the dashboard could not build instead of dropping it', async () => {
    const dashboard = await viewer.get('/dashboard?fiscalYear=2027');
    expect(dashboard.agreements.map((a: { agreementId: string }) => a.agreementId)).toEqual([SEEN]);
    expect(dashboard.errors).toEqual([{ agreementId: BROKEN, status: 503, detail: expect.any(String) }]);
    expect(dashboard.degraded).toEqual(['agreements', 'rehabilitation', 'reintegration']);
    expect(dashboard.truncated).toBe(false);
    expect(dashboard.totals).toMatchObject({ agreements: 1, ceiling: 1000, disbursed: 50 });
  });
});
