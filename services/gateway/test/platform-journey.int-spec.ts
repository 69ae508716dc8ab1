/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are the public API's untyped JSON */
import { ApiSession, waitFor } from '../src/demo/api-session';
import { DEMO_PEOPLE } from '../src/demo/demo-people';
import { AGENCIES, type JourneyResult } from '../src/demo/muaro-jambi-journey';
import { startPlatformWithJourney, type RunningPlatform } from './platform';

describe('the whole platform through the public API (five services, real Kafka and PostgreSQL)', () => {
  let platform: RunningPlatform;
  let services: RunningPlatform['services'];
  let admin: ApiSession;
  let journey: JourneyResult;
  let as: Record<string, ApiSession>;

  beforeAll(async () => {
    platform = await startPlatformWithJourney();
    ({ services, admin, journey, sessions: as } = platform);
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const role = (name: string) => Object.entries(as).find(([key]) => key.startsWith(`${name}@`))![1];

  it('tells the Muaro Jambi story end to end: agreements, funding saga, training, releases, cases', async () => {
    const mou = await admin.get(`/agreements/${journey.mouId}`);
    expect(mou.status).toBe('ACTIVE');
    expect(mou.parties.map((p: any) => Boolean(p.signedAt))).toEqual([true, true]);
    const welding = await admin.get(`/programs/${journey.programIds.welding}`);
    expect(welding).toMatchObject({
      status: 'IN_PROGRESS',
      enrolledCount: expect.any(Number),
      completedCount: 6,
    });
    const budget = await admin.get(`/budgets/${journey.budgetId}`);
    expect(budget).toMatchObject({ ceiling: 750_000_000, allocated: 190_000_000, available: 560_000_000 });
    const ledger = await admin.get(`/budgets/${journey.budgetId}/ledger`);
    expect(ledger.items ?? ledger).toEqual(
      expect.arrayContaining([expect.objectContaining({ amount: expect.any(Number) })]),
    );
    expect(journey.caseIds).toHaveLength(4);
    const reoffended = await admin.get(`/reintegration/cases/${journey.caseIds[3]}`);
    expect(reoffended.status).toBe('CLOSED_REOFFENDED');
    const employed = await admin.get(`/reintegration/cases/${journey.caseIds[0]}`);
    expect(employed.trainingHistory.map((t: any) => t.programId)).toContain(journey.programIds.welding);
  });

  it('is told by signed-in officers: each demo person signs in, and the history names who acted', async () => {
    expect(journey.people.map((p) => p.role).sort()).toEqual(DEMO_PEOPLE.map((p) => p.role).sort());
    for (const person of journey.people) {
      const attempt = await new ApiSession(services.gateway.url).send('POST', '/sessions', {
        email: person.email,
        password: person.password,
      });
      // Non-admins sign in at once; administrators are asked for their TOTP code.
      expect([person.role, attempt.status]).toEqual([person.role, person.totpSecret ? 401 : 201]);
      if (person.totpSecret) expect(attempt.body.code).toBe('auth.totp-required');
    }
    const users = await admin.get('/users?limit=500');
    const idOf = (email: string) => users.items.find((u: any) => u.email === email).id;
    const pemkabOfficer = DEMO_PEOPLE.find((p) => p.role === 'agreement-officer')!;
    const history = await admin.get(`/agreements/${journey.mouId}/history`);
    expect(history.events.find((e: any) => e.action === 'DRAFTED').by.clientId).toBe(
      `user:${idOf(pemkabOfficer.email)}`,
    );
  });

  it('returns a program to DRAFT with the reason when budgeting rejects its funding (no budget for the MoU)', async () => {
    const programOfficer = role('program-officer');
    const program = await programOfficer.post(
      '/programs',
      {
        agreementId: journey.mouId,
        facilityCode: AGENCIES.lapas.code,
        track: 'KEPRIBADIAN',
        category: 'COUNSELLING',
        title: 'Konseling tanpa anggaran',
        capacity: 5,
        startDate: '2026-10-01',
        endDate: '2026-12-15',
        plannedSessions: 2,
        budgetRequested: 5_000_000,
      },
      201,
    );
    await programOfficer.post(`/programs/${program.id}/request-funding`);
    const rejected = await waitFor('funding rejection', async () => {
      const current = await programOfficer.get(`/programs/${program.id}`);
      return current.status === 'DRAFT' && current.rejectionReason ? current : undefined;
    });
    expect(rejected.rejectionReason).toMatch(/budget/i);
  });

  it('funds a start-up grant through the real budgeting service', async () => {
    const grant = await role('probation-officer').post(
      `/reintegration/cases/${journey.caseIds[1]}/grants`,
      { agreementId: journey.pksId, amount: 7_500_000, purpose: 'Mesin las untuk usaha' },
      201,
    );
    const allocation = await waitFor('grant allocation', async () => {
      const page = await role('finance-officer').get(
        `/allocations?agreementId=${journey.pksId}&purpose=REINTEGRATION_GRANT&status=PENDING`,
      );
      return page.items[0];
    });
    await role('finance-officer').post(`/allocations/${allocation.id}/approve`, {
      budgetId: journey.budgetId,
    });
    const funded = await waitFor('grant funded on the case', async () => {
      const current = await role('probation-officer').get(`/reintegration/cases/${journey.caseIds[1]}`);
      const found = current.grants.find((g: any) => g.id === grant.id);
      return found?.status === 'FUNDED' ? found : undefined;
    });
    expect(funded).toMatchObject({ amount: 7_500_000, status: 'FUNDED' });
    expect((await role('finance-officer').get(`/budgets/${journey.budgetId}`)).allocated).toBe(197_500_000);
  });

  it('builds the agreement overview and the dashboard from every service', async () => {
    const overview = await role('viewer').get(`/agreements/${journey.pksId}/overview?fiscalYear=2026`);
    expect(overview.degraded).toEqual([]);
    expect(overview.programs).toMatchObject({ total: 2, completed: 6, byStatus: { IN_PROGRESS: 2 } });
    expect(overview.budget).toMatchObject({ ceiling: 750_000_000, allocated: 197_500_000 });
    expect(overview.reintegration).toMatchObject({ employed: 2, reoffended: 1 });
    const dashboard = await role('viewer').get('/dashboard?fiscalYear=2026');
    expect(dashboard.totals.agreements).toBeGreaterThanOrEqual(2);
    const status = await role('viewer').get('/status');
    expect(status.degraded).toEqual([]);
  });

  it('masks NIK for auditors and shows it to the facility’s program officer', async () => {
    const id = journey.participantIds[0];
    const officer = await role('program-officer').get(`/participants/${id}`);
    expect(officer.nik).toMatch(/^1505\d{12}$/);
    const auditor = await role('auditor').get(`/participants/${id}`);
    expect(auditor.nik).toMatch(/^1505\*{8}\d{4}$/);
  });

  it('enforces roles and scopes on every area (authorisation matrix)', async () => {
    const expectations: Array<[string, string, number]> = [
      ['viewer', `/agreements/${journey.pksId}`, 403],
      ['viewer', `/agreements/${journey.pksId}/overview`, 200],
      ['auditor', `/agreements/${journey.pksId}`, 200],
      ['finance-officer', `/agreements/${journey.pksId}`, 200],
      ['program-officer', `/programs/${journey.programIds.welding}`, 200],
      ['probation-officer', `/programs/${journey.programIds.welding}`, 403],
      ['viewer', `/programs/${journey.programIds.welding}`, 403],
      ['finance-officer', `/participants/${journey.participantIds[0]}`, 403],
      ['probation-officer', `/reintegration/cases/${journey.caseIds[0]}`, 200],
      ['auditor', `/reintegration/cases/${journey.caseIds[0]}`, 200],
      ['program-officer', `/reintegration/cases/${journey.caseIds[0]}`, 403],
      ['finance-officer', `/budgets/${journey.budgetId}`, 200],
      ['program-officer', `/budgets/${journey.budgetId}`, 403],
      ['viewer', `/reintegration/metrics/recidivism?cohortYear=2026`, 200],
    ];
    const results = [];
    for (const [name, path] of expectations)
      results.push([name, path, (await role(name).send('GET', path)).status]);
    expect(results).toEqual(expectations);

    const writes: Array<[string, string, number]> = [
      ['viewer', '/budgets', 403],
      ['program-officer', '/agreements', 403],
      ['finance-officer', '/programs', 403],
      ['auditor', '/participants', 403],
    ];
    for (const [name, path, expected] of writes)
      expect([name, path, (await role(name).send('POST', path, {})).status]).toEqual([name, path, expected]);

    // Another facility's officer and another BAPAS's officer see nothing of this one's.
    const other = async (roleName: string, agencyCode: string) => {
      const created = await admin.post(
        '/clients',
        { name: `other ${roleName}`, agencyCode, roles: [roleName] },
        201,
      );
      return ApiSession.login(services.gateway.url, created.clientId, created.clientSecret);
    };
    const otherLapas = await other('program-officer', 'LAPAS-OTHER');
    expect((await otherLapas.send('GET', `/participants/${journey.participantIds[0]}`)).status).toBe(404);
    const otherBapas = await other('probation-officer', 'BAPAS-OTHER');
    expect((await otherBapas.send('GET', `/reintegration/cases/${journey.caseIds[0]}`)).status).toBe(404);
    const otherPemkabFinance = await other('finance-officer', 'PEMKAB-OTHER');
    expect(
      (
        await otherPemkabFinance.send('POST', `/budgets/${journey.budgetId}/revisions`, {
          newCeiling: 1,
          reason: 'x',
        })
      ).status,
    ).toBeGreaterThanOrEqual(403);
  });

  it('refuses bad input in every area with a 400 that names the fields, and changes nothing', async () => {
    const counts = async () => ({
      agreements: (await admin.get('/agreements?limit=500')).items.length,
      programs: (await admin.get('/programs?limit=500')).items.length,
      participants: (await admin.get('/participants?limit=500')).items.length,
      budgets: (await admin.get('/budgets?limit=500')).items.length,
    });
    const before = await counts();
    const bad: Array<[string, unknown]> = [
      [
        '/agreements',
        {
          kind: 'TREATY',
          number: '',
          partyCodes: [AGENCIES.pemkab.code],
          startDate: '2027-02-30',
          endDate: 'soon',
          scopes: [],
        },
      ],
      [
        '/programs',
        {
          agreementId: 'not-a-uuid',
          facilityCode: AGENCIES.lapas.code,
          track: 'OTHER',
          capacity: 0,
          budgetRequested: 1.5,
        },
      ],
      [
        '/participants',
        {
          registrationNumber: 'X',
          nik: '123',
          fullName: '',
          sex: 'X',
          birthDate: '1990-13-01',
          facilityCode: AGENCIES.lapas.code,
        },
      ],
      [
        '/budgets',
        {
          agreementId: journey.pksId,
          fiscalYear: 2026,
          source: 'LOAN',
          ownerAgencyCode: AGENCIES.pemkab.code,
          ceiling: 1.5,
        },
      ],
      [
        `/reintegration/cases/${journey.caseIds[0]}/placements`,
        { kind: 'LOTTERY', organisationName: '', startDate: 'yesterday' },
      ],
    ];
    for (const [path, body] of bad) {
      const response = await admin.send('POST', path, body);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors.length).toBeGreaterThan(0);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers aggregates with the stopped service listed as degraded', async () => {
    await services.reintegration.stop();
    const overview = await role('viewer').get(`/agreements/${journey.pksId}/overview?fiscalYear=2026`);
    expect(overview.degraded).toEqual(['reintegration']);
    expect(overview.reintegration).toBeNull();
    expect(overview.programs).not.toBeNull();
  });
});
