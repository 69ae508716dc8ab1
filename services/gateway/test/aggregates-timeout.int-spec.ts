/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are the public API's untyped JSON */
import type { RunningService } from '@sinergi/platform';
import { startDelayingProxy, startTestService, type DelayingProxy } from '@sinergi/testing';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';
import { monitoringViewer } from './sessions';

const AGGREGATE_DEADLINE_MS = 1_000;
/** What the machine may add to the deadline: the gateway's own work, a loaded CI runner. */
const LEEWAY_MS = 1_500;
const FIRST = '0193a3c2-7f00-7000-8000-0000000000a1';
const SECOND = '0193a3c2-7f00-7000-8000-0000000000a2';

const REINTEGRATION = {
  cohortYear: 2027,
  openCases: 6,
  released: 7,
  employed: 3,
  reoffended: 1,
  inProgress: 2,
  recidivismRate12m: 0.2,
};

/**
 * Healthy services with known figures, each on its own port, so that one of them can be put behind
 * a delaying proxy: every agreement has a 2027 work plan, two programs (5 + 3 enrolled, 4 + 2
 * completed), one budget (ceiling 1,000, allocated 400, disbursed 250, available 600) and a
 * reintegration summary (7 released, 1 reoffended); each service's summary of every agreement says
 * the same.
 */
function healthyService(service: 'agreements' | 'rehabilitation' | 'reintegration' | 'budgeting'): Server {
  return createServer((request, response) => {
    const url = new URL(request.url!, 'http://stub');
    const send = (body: unknown) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const id = url.pathname.split('/')[2];
    const workPlan = (agreementId: string) => ({
      agreementId,
      fiscalYear: 2027,
      status: 'APPROVED',
      targets: [],
    });
    const summary = (figures: object) => ({
      items: [FIRST, SECOND].map((agreementId) => ({ agreementId, ...figures })),
    });
    if (url.pathname === '/summaries/agreements') {
      if (service === 'agreements') return send({ items: [FIRST, SECOND].map(workPlan) });
      if (service === 'rehabilitation') return send(summary(PROGRAM_SUMMARY));
      if (service === 'budgeting') return send(summary({ ...BUDGET_BALANCE, absorptionRate: 0.25 }));
      return send({ ...summary(REINTEGRATION), none: { ...REINTEGRATION, openCases: 0 } });
    }
    if (url.pathname === '/agreements')
      return send({
        items: [FIRST, SECOND].map((a) => ({ id: a, number: a.slice(-2), title: 'stub', status: 'ACTIVE' })),
        nextCursor: null,
      });
    if (/^\/agreements\/[^/]+\/work-plans\/2027$/.test(url.pathname)) return send(workPlan(id));
    if (/^\/agreements\/[^/]+$/.test(url.pathname)) return send({ id, status: 'ACTIVE' });
    if (url.pathname === '/programs')
      return send({
        items: [
          { status: 'IN_PROGRESS', enrolledCount: 5, completedCount: 4 },
          { status: 'COMPLETED', enrolledCount: 3, completedCount: 2 },
        ],
        nextCursor: null,
      });
    if (url.pathname === '/budgets') return send({ items: [BUDGET_BALANCE], nextCursor: null });
    if (url.pathname === '/reintegration/metrics/agreement-summary') return send(REINTEGRATION);
    response.writeHead(404).end();
  });
}

const BUDGET_BALANCE = { ceiling: 1000, allocated: 400, disbursed: 250, available: 600 };
const PROGRAM_SUMMARY = { total: 2, byStatus: { IN_PROGRESS: 1, COMPLETED: 1 }, enrolled: 8, completed: 6 };
const PROGRAMS = {
  total: 2,
  byStatus: { IN_PROGRESS: 1, COMPLETED: 1 },
  enrolled: 8,
  completed: 6,
  truncated: false,
};
const BUDGET = {
  ceiling: 1000,
  allocated: 400,
  disbursed: 250,
  available: 600,
  absorptionRate: 0.25,
  truncated: false,
};

describe('aggregates when a service is slower than the aggregate deadline (gateway → delaying proxy → service)', () => {
  const stubs: Server[] = [];
  let rehabilitationProxy: DelayingProxy;
  let reintegrationProxy: DelayingProxy;
  let gateway: RunningService;
  let viewer: ApiSession;

  const timed = async (path: string) => {
    const started = performance.now();
    const body = await viewer.get(path);
    const ms = performance.now() - started;
    console.log(`${path} answered in ${Math.round(ms)} ms (aggregate deadline ${AGGREGATE_DEADLINE_MS} ms)`);
    return { body, ms };
  };

  beforeAll(async () => {
    const urls: string[] = [];
    for (const service of ['agreements', 'rehabilitation', 'reintegration', 'budgeting'] as const) {
      const stub = healthyService(service).listen(0, '127.0.0.1');
      await once(stub, 'listening');
      stubs.push(stub);
      urls.push(`http://127.0.0.1:${(stub.address() as AddressInfo).port}`);
    }
    const [agreements, rehabilitation, reintegration, budgeting] = urls;
    rehabilitationProxy = await startDelayingProxy(rehabilitation);
    reintegrationProxy = await startDelayingProxy(reintegration);
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements,
      REHABILITATION_URL: rehabilitationProxy.url,
      REINTEGRATION_URL: reintegrationProxy.url,
      BUDGETING_URL: budgeting,
      AGGREGATE_DEADLINE_MS: String(AGGREGATE_DEADLINE_MS),
    });
    viewer = await monitoringViewer(gateway.url);
  });
  afterEach(() => {
    rehabilitationProxy.delayMs = 0;
    reintegrationProxy.delayMs = 0;
  });
  afterAll(async () => {
    await gateway?.stop();
    await rehabilitationProxy?.close();
    await reintegrationProxy?.close();
    for (const stub of stubs) {
      stub.closeAllConnections();
      await new Promise((resolve) => stub.close(resolve));
    }
  });

  it('answers every part when all services are on time (the baseline the slow cases differ from)', async () => {
    const { body } = await timed(`/agreements/${FIRST}/overview?fiscalYear=2027`);
    expect(body).toMatchObject({
      programs: PROGRAMS,
      budget: BUDGET,
      reintegration: REINTEGRATION,
      degraded: [],
    });
    expect(body.workPlan).toMatchObject({ fiscalYear: 2027 });
  });

  it('lists a service slower than the deadline in degraded, with exact figures from the others, within the deadline', async () => {
    rehabilitationProxy.delayMs = 5 * AGGREGATE_DEADLINE_MS;
    const { body, ms } = await timed(`/agreements/${FIRST}/overview?fiscalYear=2027`);
    expect(body.degraded).toEqual(['rehabilitation']);
    expect(body.programs).toBeNull();
    expect(body.budget).toEqual(BUDGET);
    expect(body.reintegration).toEqual(REINTEGRATION);
    expect(body.workPlan).toMatchObject({ agreementId: FIRST, fiscalYear: 2027 });
    expect(body.agreement).toEqual({ id: FIRST, status: 'ACTIVE' });
    expect(ms).toBeGreaterThanOrEqual(AGGREGATE_DEADLINE_MS);
    expect(ms).toBeLessThan(AGGREGATE_DEADLINE_MS + LEEWAY_MS);
  });

  it('builds the dashboard with the slow service in degraded and the others counted exactly, within the deadline', async () => {
    reintegrationProxy.delayMs = 5 * AGGREGATE_DEADLINE_MS;
    const { body, ms } = await timed('/dashboard?fiscalYear=2027');
    expect(body.degraded).toEqual(['reintegration']);
    expect(body.errors).toEqual([]);
    expect(body.truncated).toBe(false);
    expect(
      body.agreements.map((a: any) => [a.agreementId, a.programs, a.budget, a.reintegration, a.degraded]),
    ).toEqual([
      [FIRST, PROGRAMS, BUDGET, null, ['reintegration']],
      [SECOND, PROGRAMS, BUDGET, null, ['reintegration']],
    ]);
    expect(body.totals).toEqual({
      agreements: 2,
      programs: 4,
      enrolled: 16,
      completed: 12,
      ceiling: 2000,
      allocated: 800,
      disbursed: 500,
      openCases: 0,
      reoffended: 0,
    });
    expect(ms).toBeGreaterThanOrEqual(AGGREGATE_DEADLINE_MS);
    expect(ms).toBeLessThan(AGGREGATE_DEADLINE_MS + LEEWAY_MS);
  });
});
