import { uuidv7 } from '@sinergi/contracts';
import { Clock, type CallerIdentity, type RunningService } from '@sinergi/platform';
import { callService, PLATFORM_ADMIN, startTestService } from '@sinergi/testing';
import { reintegrationService } from '../src/service';
import {
  AUDITOR,
  casesOf,
  client,
  completion,
  publishEvents,
  release,
  type Json,
  type TestEvent,
} from './support';

/*
 * The 2027 release cohort (no other test releases anyone in 2027). Agreements A and B.
 *
 * person  release(s)                      training (completed at)                  reoffence        placement
 * P1      2027-01-10                      KEMANDIRIAN/A 2026-10-01 (before)        2027-06-01       EMPLOYMENT 2027-03-01
 * P2      2027-02-15                      KEMANDIRIAN/B 2026-10-01 (before)        2028-02-15 (exactly 12 months after)
 * P3      2027-03-01                      —                                        —                BUSINESS 2027-09-01 (exactly 6 months: outside)
 * P4      2027-03-02                      KEPRIBADIAN/A 2026-10-01                 —
 * P5      2027-09-01                      KEMANDIRIAN/A 2027-10-01 (after release) 2027-12-01
 * P6      2027-11-20                      KEMANDIRIAN/B 2027-11-20 (release day)   —                EMPLOYMENT 2027-12-01
 * P7      2026-05-01, again 2027-04-01    KEMANDIRIAN/A 2026-03-01 (before)        2026-12-01 (on the 2026 case)
 * P8      2027-01-05, again 2027-05-01    —                                        2027-01-20 (first 2027 case)
 */
const A = uuidv7();
const B = uuidv7();
const people = Object.fromEntries(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'].map((p) => [p, uuidv7()]));

const figures = (cohortSize: number, reoffended: number, inProgress: number, rate: number | null) => ({
  cohortSize,
  reoffended,
  inProgress,
  rate: rate === null ? null : expect.closeTo(rate, 10),
});

describe('recidivism and employment of a release cohort', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  let today: jest.SpyInstance;

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    call = client(service);
    today = jest.spyOn(service.app.get(Clock), 'now');

    const before = '2026-10-01T09:00:00Z';
    const firstReleases: TestEvent[] = [
      completion(people.P1, A, 'KEMANDIRIAN', before),
      release(people.P1, '2027-01-10'),
      completion(people.P2, B, 'KEMANDIRIAN', before),
      release(people.P2, '2027-02-15'),
      release(people.P3, '2027-03-01'),
      completion(people.P4, A, 'KEPRIBADIAN', before),
      release(people.P4, '2027-03-02'),
      release(people.P5, '2027-09-01'),
      completion(people.P5, A, 'KEMANDIRIAN', '2027-10-01T09:00:00Z'),
      completion(people.P6, B, 'KEMANDIRIAN', '2027-11-20T02:00:00Z'),
      release(people.P6, '2027-11-20'),
      completion(people.P7, A, 'KEMANDIRIAN', '2026-03-01T09:00:00Z'),
      release(people.P7, '2026-05-01'),
      release(people.P8, '2027-01-05'),
    ];
    await publishEvents(firstReleases);
    const caseOf: Record<string, string> = {};
    for (const [name, participantId] of Object.entries(people)) {
      const expectedHistory = firstReleases.filter((e) => e.aggregateId === participantId).length - 1;
      const [kase] = await casesOf(
        call,
        participantId,
        (cases) => cases[0]?.trainingHistory.length === expectedHistory,
      );
      caseOf[name] = kase.id;
    }

    const post = async (path: string, body: object) => {
      const response = await call('POST', `/reintegration/cases/${path}`, PLATFORM_ADMIN, body);
      if (response.status !== 201)
        throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    };
    await post(`${caseOf.P1}/placements`, {
      kind: 'EMPLOYMENT',
      organisationName: 'PT Sawit',
      employmentType: 'FULL_TIME',
      startDate: '2027-03-01',
    });
    await post(`${caseOf.P3}/placements`, {
      kind: 'BUSINESS',
      organisationName: 'Warung',
      sector: 'CULINARY',
      startDate: '2027-09-01',
    });
    await post(`${caseOf.P6}/placements`, {
      kind: 'EMPLOYMENT',
      organisationName: 'Bengkel',
      employmentType: 'INFORMAL',
      startDate: '2027-12-01',
    });
    const reoffences: Array<[string, string]> = [
      ['P1', '2027-06-01'],
      ['P2', '2028-02-15'],
      ['P5', '2027-12-01'],
      ['P7', '2026-12-01'],
      ['P8', '2027-01-20'],
    ];
    for (const [name, date] of reoffences)
      await post(`${caseOf[name]}/reoffences`, { date, kind: 'NEW_CONVICTION' });

    await publishEvents([release(people.P7, '2027-04-01'), release(people.P8, '2027-05-01')]);
    await casesOf(call, people.P7, (cases) => cases.length === 2);
    await casesOf(call, people.P8, (cases) => cases.length === 2);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const recidivism = async (query: string) => {
    const response = await call('GET', `/reintegration/metrics/recidivism?${query}`, AUDITOR);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('counts returners within 12 months end-exclusive, and open windows as in progress (today 2028-03-01)', async () => {
    today.mockReturnValue(new Date('2028-03-01T10:00:00Z'));
    // Returners P1, P5, P8; P2 (reoffence on the window's end) and P3 (window ends today) are
    // successes; P4, P6 and P7 (re-release 2027-04-01) are still in progress.
    expect(await recidivism('cohortYear=2027&windowMonths=12')).toEqual({
      cohortYear: 2027,
      windowMonths: 12,
      agreementId: null,
      ...figures(8, 3, 3, 3 / 5),
      byKemandirianCompletion: {
        completed: figures(4, 1, 2, 1 / 2), // P1 P2 P6 P7
        notCompleted: figures(4, 2, 1, 2 / 3), // P3 P4 P5 P8
      },
      suppressed: false,
      suppressedCells: [],
    });
  });

  it('counts the reoffence exactly 12 months after release within the 24-month window', async () => {
    today.mockReturnValue(new Date('2028-03-01T10:00:00Z'));
    expect(await recidivism('cohortYear=2027&windowMonths=24')).toMatchObject({
      ...figures(8, 4, 4, 1),
      byKemandirianCompletion: { completed: figures(4, 2, 2, 1), notCompleted: figures(4, 2, 2, 1) },
    });
    today.mockReturnValue(new Date('2030-01-01T10:00:00Z'));
    expect(await recidivism('cohortYear=2027&windowMonths=24')).toMatchObject({
      ...figures(8, 4, 0, 1 / 2),
      byKemandirianCompletion: { completed: figures(4, 2, 0, 1 / 2), notCompleted: figures(4, 2, 0, 1 / 2) },
    });
  });

  it('restricts the cohort to people trained under an agreement', async () => {
    today.mockReturnValue(new Date('2028-03-01T10:00:00Z'));
    expect(await recidivism(`cohortYear=2027&windowMonths=12&agreementId=${A}`)).toMatchObject({
      agreementId: A,
      // P1 P4 P7 (from its 2027 release); P5 completed its A program only after its release
      ...figures(3, 1, 2, 1),
      byKemandirianCompletion: { completed: figures(2, 1, 1, 1), notCompleted: figures(1, 0, 1, null) },
    });
    expect(await recidivism(`cohortYear=2027&windowMonths=12&agreementId=${B}`)).toMatchObject({
      ...figures(2, 0, 1, 0), // P2 P6
      byKemandirianCompletion: { completed: figures(2, 0, 1, 0), notCompleted: figures(0, 0, 0, null) },
    });
  });

  it('has no rate for an empty cohort and refuses other windows', async () => {
    expect(await recidivism('cohortYear=2024&windowMonths=36')).toMatchObject(figures(0, 0, 0, null));
    const sixMonths = await call(
      'GET',
      '/reintegration/metrics/recidivism?cohortYear=2027&windowMonths=6',
      AUDITOR,
    );
    expect(sixMonths.status).toBe(400);
    expect(sixMonths.body.errors.map((e: { field: string }) => e.field)).toEqual(['windowMonths']);
    const noYear = await call('GET', '/reintegration/metrics/recidivism', AUDITOR);
    expect(noYear.body.errors.map((e: { field: string }) => e.field)).toContain('cohortYear');
  });

  it('counts people with a job or business starting within 6 months of release', async () => {
    const employment = await call('GET', '/reintegration/metrics/employment?cohortYear=2027', AUDITOR);
    // P1 and P6; P3's business starts exactly 6 months after release.
    expect(employment.body).toEqual({
      cohortYear: 2027,
      agreementId: null,
      cohortSize: 8,
      employed: 2,
      rate: 0.25,
      suppressed: false,
      suppressedCells: [],
    });
    const underA = await call(
      'GET',
      `/reintegration/metrics/employment?cohortYear=2027&agreementId=${A}`,
      AUDITOR,
    );
    expect(underA.body).toMatchObject({ cohortSize: 3, employed: 1, rate: 1 / 3 }); // P1 of P1 P4 P7
  });

  it("summarises an agreement's cohort of a year for its overview, with exactly the recidivism figures", async () => {
    today.mockReturnValue(new Date('2028-03-01T10:00:00Z'));
    const summary = await call(
      'GET',
      `/reintegration/metrics/agreement-summary?agreementId=${A}&cohortYear=2027`,
      AUDITOR,
    );
    // A's 2027 cohort: P1 P4 P7 (P7 from its 2027 release); returner P1; P4 and P7 in progress.
    // Open cases trained under A: P4 and P7's second case.
    expect(summary.body).toEqual({
      agreementId: A,
      cohortYear: 2027,
      openCases: 2,
      released: 3,
      employed: 1,
      reoffended: 1,
      inProgress: 2,
      recidivismRate12m: 1,
      suppressed: false,
      suppressedCells: [],
    });
    const recidivismOfA = await recidivism(`cohortYear=2027&windowMonths=12&agreementId=${A}`);
    expect(summary.body.recidivismRate12m).toBe(recidivismOfA.rate);
    const noYear = await call('GET', `/reintegration/metrics/agreement-summary?agreementId=${A}`, AUDITOR);
    expect(noYear.status).toBe(400);
    expect([...new Set(noYear.body.errors.map((e: { field: string }) => e.field))]).toEqual(['cohortYear']);
  });

  it('summarises every agreement at once exactly as the agreement summary does, for the dashboard only', async () => {
    today.mockReturnValue(new Date('2028-03-01T10:00:00Z'));
    const summaries = (caller: CallerIdentity, query = '?cohortYear=2027', via = 'GET /dashboard') =>
      callService<Json>(service, caller, 'GET', `/summaries/agreements${query}`, undefined, via);
    const viewerOf = (agencyCode: string): CallerIdentity => ({
      clientId: `viewer-${agencyCode}`,
      agencyCode,
      roles: ['viewer'],
    });
    // Every case is BAPAS Jambi's: its viewer sees them with small counts hidden, another agency none.
    for (const caller of [AUDITOR, viewerOf('BAPAS-JAMBI'), viewerOf('BAPAS-KERINCI')]) {
      const answer = await summaries(caller);
      expect(answer.status).toBe(200);
      const listed = answer.body.items.filter((i: { agreementId: string }) => [A, B].includes(i.agreementId));
      expect(listed.map((i: { agreementId: string }) => i.agreementId)).toEqual(
        caller.agencyCode === 'BAPAS-KERINCI' ? [] : [A, B].sort(),
      );
      for (const agreementId of [A, B]) {
        const one = await call(
          'GET',
          `/reintegration/metrics/agreement-summary?agreementId=${agreementId}&cohortYear=2027`,
          caller,
        );
        const item = listed.find((i: { agreementId: string }) => i.agreementId === agreementId);
        expect(item ?? { agreementId, ...answer.body.none }).toEqual(one.body);
      }
    }
    expect(
      (await summaries(viewerOf('BAPAS-JAMBI'))).body.items.find((i: Json) => i.agreementId === A),
    ).toMatchObject({
      released: null,
      suppressed: true,
    });
    expect((await summaries(AUDITOR, '?cohortYear=2027', 'GET /agreements/:id/overview')).status).toBe(403);
    for (const query of ['', '?cohortYear=twenty', '?cohortYear=2101', '?fiscalYear=2027'])
      expect([query, (await summaries(AUDITOR, query)).status]).toEqual([query, 400]);
  });

  it('counts a person once however many completions and reoffences follow their release', async () => {
    // The 2031 cohort, no one else's. Q1: two KEMANDIRIAN completions under C before the release of
    // 2031-01-10, a reoffence on 2031-03-01, released again 2031-06-01 and reoffending on 2031-07-01.
    // Q2: KEPRIBADIAN under C before the release of 2031-01-20, KEMANDIRIAN under D only after it.
    const C = uuidv7();
    const D = uuidv7();
    const [Q1, Q2] = [uuidv7(), uuidv7()];
    await publishEvents([
      completion(Q1, C, 'KEMANDIRIAN', '2030-05-01T09:00:00Z'),
      completion(Q1, C, 'KEMANDIRIAN', '2030-08-01T09:00:00Z'),
      release(Q1, '2031-01-10'),
      completion(Q2, C, 'KEPRIBADIAN', '2030-05-01T09:00:00Z'),
      release(Q2, '2031-01-20'),
      completion(Q2, D, 'KEMANDIRIAN', '2031-02-01T09:00:00Z'),
    ]);
    const reoffend = async (caseId: string, date: string) =>
      expect(
        (
          await call('POST', `/reintegration/cases/${caseId}/reoffences`, PLATFORM_ADMIN, {
            date,
            kind: 'NEW_CONVICTION',
          })
        ).status,
      ).toBe(201);
    const [first] = await casesOf(call, Q1, (cases) => cases[0]?.trainingHistory.length === 2);
    await casesOf(call, Q2, (cases) => cases[0]?.trainingHistory.length === 2);
    await reoffend(first.id, '2031-03-01');
    await publishEvents([release(Q1, '2031-06-01')]);
    const cases = await casesOf(call, Q1, (found) => found.length === 2);
    await reoffend(cases.find((c) => c.releaseDate === '2031-06-01').id, '2031-07-01');

    today.mockReturnValue(new Date('2031-12-31T10:00:00Z'));
    const expected = {
      ...figures(2, 1, 1, 1),
      byKemandirianCompletion: { completed: figures(1, 1, 0, 1), notCompleted: figures(1, 0, 1, null) },
    };
    expect(await recidivism('cohortYear=2031&windowMonths=12')).toMatchObject(expected);
    expect(await recidivism(`cohortYear=2031&windowMonths=12&agreementId=${C}`)).toMatchObject(expected);
    expect(await recidivism(`cohortYear=2031&windowMonths=12&agreementId=${D}`)).toMatchObject(
      figures(0, 0, 0, null),
    );
  });
});
