import type { RunningService } from '@sinergi/platform';
import { callService, PLATFORM_ADMIN, startTestService } from '@sinergi/testing';
import { budgetingService } from '../src/service';
import { activeAgreement, auditor, financeOfficer, openBudget, OWNER, PARTNER } from './fixtures';

const STRANGER = 'PEMKAB-KERINCI';
const DASHBOARD = 'GET /dashboard';
const viewer = (agencyCode: string) => ({ clientId: `viewer-${agencyCode}`, agencyCode, roles: ['viewer'] });

describe('the budgets summary of every agreement (GET /summaries/agreements, for the dashboard only)', () => {
  let service: RunningService;
  let ours: string;
  let theirs: string;

  const summary = (caller = viewer(OWNER), query = '?fiscalYear=2027', via: string | null = DASHBOARD) =>
    callService<{ fiscalYear: number; items: Array<{ agreementId: string }> }>(
      service,
      caller,
      'GET',
      `/summaries/agreements${query}`,
      undefined,
      via ?? undefined,
    );
  const itemsOf = async (caller: ReturnType<typeof viewer>) =>
    (await summary(caller)).body.items.filter((i) => [ours, theirs].includes(i.agreementId));

  beforeAll(async () => {
    service = await startTestService(budgetingService);
    ours = await activeAgreement(service, [OWNER, PARTNER]);
    theirs = await activeAgreement(service, [STRANGER, 'KANWIL-PAS-SUMBAR']);
    await openBudget(service, ours, { ceiling: 10_000_000 });
    await openBudget(service, ours, { ceiling: 5_000_000, owner: PARTNER, source: 'APBN' });
    await openBudget(service, ours, { ceiling: 1_000_000, fiscalYear: 2028 });
    await openBudget(service, theirs, { ceiling: 7_000_000, owner: STRANGER });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('sums the year’s budgets of each agreement the caller’s agency is a party to, and no other', async () => {
    const answer = await summary();
    expect(answer.status).toBe(200);
    expect(answer.body.fiscalYear).toBe(2027);
    expect(await itemsOf(viewer(OWNER))).toEqual([
      {
        agreementId: ours,
        ceiling: 15_000_000,
        allocated: 0,
        disbursed: 0,
        available: 15_000_000,
        absorptionRate: 0,
      },
    ]);
    expect(await itemsOf(viewer(STRANGER))).toEqual([
      {
        agreementId: theirs,
        ceiling: 7_000_000,
        allocated: 0,
        disbursed: 0,
        available: 7_000_000,
        absorptionRate: 0,
      },
    ]);
  });

  it('gives auditors every agreement, and the same sums as the budgets list', async () => {
    const items = await itemsOf(auditor as ReturnType<typeof viewer>);
    expect(items.map((i) => i.agreementId).sort()).toEqual([ours, theirs].sort());
    const listed = await callService<{ items: Array<{ ceiling: number; available: number }> }>(
      service,
      auditor,
      'GET',
      `/budgets?agreementId=${ours}&fiscalYear=2027`,
    );
    expect(items.find((i) => i.agreementId === ours)).toMatchObject({
      ceiling: listed.body.items.reduce((sum, b) => sum + b.ceiling, 0),
      available: listed.body.items.reduce((sum, b) => sum + b.available, 0),
    });
  });

  it('is read only through the dashboard aggregate (or by a platform-admin)', async () => {
    expect((await summary(viewer(OWNER), '?fiscalYear=2027', null)).status).toBe(403);
    expect((await summary(financeOfficer(), '?fiscalYear=2027', null)).status).toBe(403);
    expect((await summary(viewer(OWNER), '?fiscalYear=2027', 'GET /agreements/:id/overview')).status).toBe(
      403,
    );
    expect(
      (await summary(PLATFORM_ADMIN as ReturnType<typeof viewer>, '?fiscalYear=2027', null)).status,
    ).toBe(200);
  });

  it.each(['', '?fiscalYear=abc', '?fiscalYear=1999', '?fiscalYear=2027&agreementId=x'])(
    'answers %s with a 400 problem',
    async (query) => {
      const answer = await callService<{ status: number; errors: unknown[] }>(
        service,
        viewer(OWNER),
        'GET',
        `/summaries/agreements${query}`,
        undefined,
        DASHBOARD,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.status).toBe(400);
    },
  );
});
