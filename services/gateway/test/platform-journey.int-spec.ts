// First: spans of every service of this file's platform are kept in memory (one trace per request).
import { finishedSpans, stopTestTracing } from './tracing-setup';
import {
  allItems,
  createSinergiClient,
  ProblemError,
  signIn,
  unwrap,
  withClientCredentials,
  type Schemas,
  type SinergiClient,
} from '@sinergi/client';
import { SpanKind } from '@opentelemetry/api';
import { TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { waitFor } from '../src/demo/api-session';
import { DEMO_PEOPLE } from '../src/demo/demo-people';
import { AGENCIES, type JourneyResult } from '../src/demo/muaro-jambi-journey';
import { startPlatformWithJourney, type RunningPlatform } from './platform';
import { planEveryRead } from './query-plans';

/** A request made with the typed client, answered with its status (for the authorisation matrix). */
type Call = (client: SinergiClient) => Promise<{ response: Response }>;

// Every call goes through the typed client generated from docs/openapi.json (libs/client): paths,
// parameters, bodies and answers are checked against the document at compile time.
describe('the whole platform through the public API (five services, real Kafka and PostgreSQL)', () => {
  let platform: RunningPlatform;
  let services: RunningPlatform['services'];
  let journey: JourneyResult;
  let api: SinergiClient;
  const byRole = new Map<string, SinergiClient>();

  beforeAll(async () => {
    platform = await startPlatformWithJourney();
    ({ services, journey } = platform);
    api = await withClientCredentials(services.gateway.url, {
      clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      clientSecret: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    });
    for (const c of journey.clients)
      if (!byRole.has(c.role)) byRole.set(c.role, await withClientCredentials(services.gateway.url, c));
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await stopTestTracing();
  });

  const role = (name: string) => byRole.get(name)!;
  const id = (value: string) => ({ params: { path: { id: value } } });

  it('follows one trace from a release request through the gateway, rehabilitation, Kafka and reintegration to the case opened', () => {
    const spans = finishedSpans.getFinishedSpans();
    const path = (span: (typeof spans)[number]) =>
      String(span.attributes['url.path'] ?? span.attributes['http.target'] ?? '');
    const releaseAtGateway = spans.find(
      (s) => s.kind === SpanKind.SERVER && /^\/api\/v1\/participants\/[^/]+\/release$/.test(path(s)),
    );
    expect(releaseAtGateway).toBeDefined();
    const traceId = releaseAtGateway!.spanContext().traceId;
    const trace = spans.filter((s) => s.spanContext().traceId === traceId);
    const messaging = (kind: SpanKind, service: string, type: string) =>
      trace.filter(
        (s) =>
          s.kind === kind &&
          s.attributes['sinergi.service'] === service &&
          s.attributes['sinergi.event.type'] === type,
      );
    const atRehabilitation = trace.find(
      (s) => s.kind === SpanKind.SERVER && /^\/participants\/[^/]+\/release$/.test(path(s)),
    );
    const gatewayCall = trace.find(
      (s) => s.spanContext().spanId === atRehabilitation?.parentSpanContext?.spanId,
    );
    const [released] = messaging(SpanKind.PRODUCER, 'rehabilitation', 'participant.released');
    const [opening] = messaging(SpanKind.CONSUMER, 'reintegration', 'participant.released');
    const [opened] = messaging(SpanKind.PRODUCER, 'reintegration', 'case.opened');
    // Each hop is the child of the one before: gateway → undici → rehabilitation → outbox relay →
    // Kafka → reintegration's consumer → its outbox relay.
    expect(gatewayCall?.kind).toBe(SpanKind.CLIENT);
    expect(gatewayCall?.parentSpanContext?.spanId).toBe(releaseAtGateway!.spanContext().spanId);
    expect(released.parentSpanContext?.spanId).toBe(atRehabilitation!.spanContext().spanId);
    expect(opening.parentSpanContext?.spanId).toBe(released.spanContext().spanId);
    expect(opened.parentSpanContext?.spanId).toBe(opening.spanContext().spanId);
    expect(opened.attributes['messaging.destination.name']).toBe('reintegration.case.v1');
  });

  it('tells the Muaro Jambi story end to end: agreements, funding saga, training, releases, cases', async () => {
    const mou = unwrap(await api.GET('/api/v1/agreements/{id}', id(journey.mouId)));
    expect(mou.status).toBe('ACTIVE');
    expect(mou.parties.map((p) => Boolean(p.signedAt))).toEqual([true, true]);
    const welding = unwrap(await api.GET('/api/v1/programs/{id}', id(journey.programIds.welding)));
    expect(welding).toMatchObject({
      status: 'IN_PROGRESS',
      enrolledCount: 7, // 8 enrolled, 1 dropped
      completedCount: 6,
    });
    const budget = unwrap(await api.GET('/api/v1/budgets/{id}', id(journey.budgetId)));
    expect(budget).toMatchObject({ ceiling: 750_000_000, allocated: 190_000_000, available: 560_000_000 });
    const ledger = unwrap(await api.GET('/api/v1/budgets/{id}/ledger', id(journey.budgetId)));
    expect(ledger.items.map((e) => [e.kind, e.amount])).toEqual([
      ['CEILING_SET', 750_000_000],
      ['ALLOCATED', 150_000_000],
      ['ALLOCATED', 40_000_000],
    ]);
    expect(journey.caseIds).toHaveLength(4);
    const reoffended = unwrap(await api.GET('/api/v1/reintegration/cases/{id}', id(journey.caseIds[3])));
    expect(reoffended.status).toBe('CLOSED_REOFFENDED');
    const employed = unwrap(await api.GET('/api/v1/reintegration/cases/{id}', id(journey.caseIds[0])));
    expect(employed.trainingHistory.map((t) => t.programId)).toContain(journey.programIds.welding);
  });

  it('is told by signed-in officers: each demo person signs in, and the history names who acted', async () => {
    expect(journey.people.map((p) => p.role).sort()).toEqual(DEMO_PEOPLE.map((p) => p.role).sort());
    for (const person of journey.people) {
      const attempt = await signIn(services.gateway.url, {
        email: person.email,
        password: person.password,
      }).then(
        (session) => ({ status: 201, session }),
        (error: ProblemError) => ({ status: error.status, code: error.code }),
      );
      // Non-admins sign in at once; administrators are asked for their TOTP code.
      expect([person.role, attempt.status]).toEqual([person.role, person.totpSecret ? 401 : 201]);
      if (person.totpSecret) expect(attempt).toMatchObject({ code: 'auth.totp-required' });
      else if ('session' in attempt) {
        const me = unwrap(await attempt.session.client.GET('/api/v1/me'));
        expect(me).toMatchObject({ kind: 'person', email: person.email });
      }
    }
    const users = unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 500 } } }));
    const idOf = (email: string) => users.items.find((u) => u.email === email)!.id;
    const pemkabOfficer = DEMO_PEOPLE.find((p) => p.role === 'agreement-officer')!;
    const history = unwrap(await api.GET('/api/v1/agreements/{id}/history', id(journey.mouId)));
    expect(history.events.find((e) => e.action === 'DRAFTED')!.by.clientId).toBe(
      `user:${idOf(pemkabOfficer.email)}`,
    );
  });

  it('lets auditors list who did what: each write with the person or client, the route and the outcome', async () => {
    const users = unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 500 } } }));
    const officer = DEMO_PEOPLE.find((p) => p.role === 'agreement-officer')!;
    const officerId = users.items.find((u) => u.email === officer.email)!.id;
    const auditor = role('auditor');
    const audit = async (query: { actor: string; from?: string; to?: string }) =>
      unwrap(await auditor.GET('/api/v1/audit', { params: { query: { ...query, limit: 500 } } })).items;
    const byOfficer = await audit({ actor: `user:${officerId}` });
    expect(byOfficer.length).toBeGreaterThan(0);
    expect(new Set(byOfficer.map((e) => `${e.actor.clientId} ${e.actor.userId} ${e.actor.name}`))).toEqual(
      new Set([`user:${officerId} ${officerId} ${officer.name}`]),
    );
    expect(byOfficer.find((e) => e.route === 'POST /api/v1/agreements')).toMatchObject({
      method: 'POST',
      path: '/api/v1/agreements',
      status: 201,
    });

    // A write refused for lack of permission is kept too, with its status; reads are not.
    const viewer = journey.clients.find((c) => c.role === 'viewer')!;
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const refused = await role('viewer').POST('/api/v1/agreements/{id}/terminate', {
      ...id(journey.mouId),
      body: { reason: 'tidak berwenang' },
    });
    expect(refused.response.status).toBe(403);
    await role('viewer').GET('/api/v1/agreements/{id}', id(journey.mouId));
    const byViewer = await audit({ actor: viewer.clientId, from: startedAt });
    expect(byViewer.map((e) => [e.route, e.path, e.status, e.actor.agencyCode, e.actor.name])).toEqual([
      [
        'POST /api/v1/agreements/:id/terminate',
        `/api/v1/agreements/${journey.mouId}/terminate`,
        403,
        viewer.agencyCode,
        null,
      ],
    ]);
    expect(await audit({ actor: viewer.clientId, to: startedAt })).toEqual(
      expect.not.arrayContaining([
        expect.objectContaining({ route: 'POST /api/v1/agreements/:id/terminate' }),
      ]),
    );

    expect((await role('viewer').GET('/api/v1/audit')).response.status).toBe(403);
    const bad = await auditor.GET('/api/v1/audit', { params: { query: { from: 'yesterday' } } });
    expect([bad.response.status, (bad.error as { errors?: unknown })?.errors]).toEqual([
      400,
      [{ field: 'from', message: 'from must be an ISO 8601 date or time' }],
    ]);
  });

  it('names the signed-in person in each owning service: signatures, history, ledger, decisions, attendance, access log', async () => {
    const users = unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 500 } } }));
    const personFor = (wantedRole: string, agencyCode?: string) => {
      const person = journey.people.find(
        (p) => p.role === wantedRole && (!agencyCode || p.agencyCode === agencyCode),
      )!;
      return { ...person, userId: users.items.find((u) => u.email === person.email)!.id };
    };
    const pemkabOfficer = personFor('agreement-officer', AGENCIES.pemkab.code);
    const kanwilOfficer = personFor('agreement-officer', AGENCIES.kanwil.code);
    const financeOfficer = personFor('finance-officer');
    const programOfficer = personFor('program-officer');
    const as = (p: { userId: string; name: string }) => ({ userId: p.userId, userName: p.name });

    // Signatures (agreements): each party's signature names the officer who signed in and signed.
    const mou = unwrap(await api.GET('/api/v1/agreements/{id}', id(journey.mouId)));
    expect(mou.parties.map((p) => [p.code, p.signatoryName, p.signedByUser])).toEqual([
      [AGENCIES.pemkab.code, 'Bupati Muaro Jambi', as(pemkabOfficer)],
      [AGENCIES.kanwil.code, 'Kepala Kanwil', as(kanwilOfficer)],
    ]);
    // Agreement history: every entry of the MoU was made by one of the two officers, named in full.
    const history = unwrap(await api.GET('/api/v1/agreements/{id}/history', id(journey.mouId)));
    const actor = (p: typeof pemkabOfficer) => ({
      clientId: `user:${p.userId}`,
      agencyCode: p.agencyCode,
      ...as(p),
    });
    expect(history.events.map((e) => [e.action, e.by])).toEqual([
      ['DRAFTED', actor(pemkabOfficer)],
      ['SUBMITTED', actor(pemkabOfficer)],
      ['SIGNED', actor(pemkabOfficer)],
      ['SIGNED', actor(kanwilOfficer)],
      ['ACTIVATED', actor(kanwilOfficer)],
    ]);

    // Ledger entries and allocation decisions (budgeting): the finance officer opened the budget
    // and approved both allocations.
    const ledger = unwrap(await api.GET('/api/v1/budgets/{id}/ledger', id(journey.budgetId)));
    expect(ledger.items.map((e) => [e.kind, e.recordedBy, e.recordedByUser])).toEqual([
      ['CEILING_SET', `user:${financeOfficer.userId}`, as(financeOfficer)],
      ['ALLOCATED', `user:${financeOfficer.userId}`, as(financeOfficer)],
      ['ALLOCATED', `user:${financeOfficer.userId}`, as(financeOfficer)],
    ]);
    const allocations = unwrap(
      await api.GET('/api/v1/allocations', { params: { query: { agreementId: journey.pksId, limit: 100 } } }),
    ).items.filter((a) => Object.values(journey.programIds).includes(a.programId!));
    expect(allocations.map((a) => [a.status, a.decidedBy, a.decidedByUser])).toEqual([
      ['APPROVED', `user:${financeOfficer.userId}`, as(financeOfficer)],
      ['APPROVED', `user:${financeOfficer.userId}`, as(financeOfficer)],
    ]);

    // Attendance (rehabilitation): recorded by the signed-in program officer, then one record
    // again by the LAPAS system client, which names no person.
    const officer = (await signIn(services.gateway.url, programOfficer)).client;
    const program = id(journey.programIds.guidance);
    const session = unwrap(
      await officer.POST('/api/v1/programs/{id}/sessions', {
        ...program,
        body: { date: '2026-09-08', topic: 'Bimbingan rohani, pertemuan 1' },
      }),
    );
    const [first, second] = journey.participantIds.slice(4, 6);
    const path = { params: { path: { id: journey.programIds.guidance, sessionId: session.id } } };
    const byOfficer = unwrap(
      await officer.POST('/api/v1/programs/{id}/sessions/{sessionId}/attendance', {
        ...path,
        body: {
          records: [
            { participantId: first, status: 'PRESENT' },
            { participantId: second, status: 'ABSENT' },
          ],
        },
      }),
    );
    expect(byOfficer.records).toEqual([
      {
        participantId: first,
        status: 'PRESENT',
        recordedBy: `user:${programOfficer.userId}`,
        recordedByUser: as(programOfficer),
      },
      {
        participantId: second,
        status: 'ABSENT',
        recordedBy: `user:${programOfficer.userId}`,
        recordedByUser: as(programOfficer),
      },
    ]);
    const lapasClient = journey.clients.find((c) => c.role === 'program-officer')!;
    const bySystem = unwrap(
      await role('program-officer').POST('/api/v1/programs/{id}/sessions/{sessionId}/attendance', {
        ...path,
        body: { records: [{ participantId: second, status: 'EXCUSED' }] },
      }),
    );
    expect(bySystem.records).toEqual([
      { participantId: second, status: 'EXCUSED', recordedBy: lapasClient.clientId, recordedByUser: null },
    ]);

    // The session's stored attendance, read back by an auditor: each record names who recorded it last.
    const stored = unwrap(
      await role('auditor').GET('/api/v1/programs/{id}/sessions/{sessionId}/attendance', path),
    );
    expect(stored.records).toEqual(
      [
        {
          participantId: first,
          status: 'PRESENT',
          recordedBy: `user:${programOfficer.userId}`,
          recordedByUser: as(programOfficer),
        },
        { participantId: second, status: 'EXCUSED', recordedBy: lapasClient.clientId, recordedByUser: null },
      ].sort((a, b) => (a.participantId < b.participantId ? -1 : 1)),
    );

    // Personal-data access log (rehabilitation): the officer's read of the NIK names them; the
    // system client's read names no person.
    const participant = id(first);
    expect(unwrap(await officer.GET('/api/v1/participants/{id}', participant)).nik).toMatch(/^1505\d{12}$/);
    expect(unwrap(await role('program-officer').GET('/api/v1/participants/{id}', participant)).nik).toMatch(
      /^1505\d{12}$/,
    );
    const log = unwrap(await role('auditor').GET('/api/v1/participants/{id}/access-log', participant)).items;
    expect(log.slice(-2).map((e) => [e.clientId, e.agencyCode, e.route, e.accessedByUser])).toEqual([
      [`user:${programOfficer.userId}`, AGENCIES.lapas.code, 'GET /participants/:id', as(programOfficer)],
      [lapasClient.clientId, AGENCIES.lapas.code, 'GET /participants/:id', null],
    ]);
    // Registering the participant showed its personal data to the officer who registered it.
    expect(log[0]).toMatchObject({
      clientId: `user:${programOfficer.userId}`,
      accessedByUser: as(programOfficer),
    });
    // One participant asked for as CSV is refused before the service reads it: nothing is logged.
    const asCsv = await officer.GET('/api/v1/participants/{id}', {
      ...participant,
      headers: { accept: 'text/csv' },
    });
    expect(asCsv.response.status).toBe(406);
    expect(asCsv.error).toMatchObject({ code: 'request.not-acceptable' });
    const logAfter = unwrap(
      await role('auditor').GET('/api/v1/participants/{id}/access-log', participant),
    ).items;
    expect(logAfter).toEqual(log);
  });

  it('returns a program to DRAFT with the reason when budgeting rejects its funding (no budget for the MoU)', async () => {
    const programOfficer = role('program-officer');
    const program = unwrap(
      await programOfficer.POST('/api/v1/programs', {
        body: {
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
      }),
    );
    unwrap(await programOfficer.POST('/api/v1/programs/{id}/request-funding', id(program.id)));
    const rejected = await waitFor('funding rejection', async () => {
      const current = unwrap(await programOfficer.GET('/api/v1/programs/{id}', id(program.id)));
      return current.status === 'DRAFT' && current.rejectionReason ? current : undefined;
    });
    expect(rejected.rejectionReason).toMatch(/budget/i);
  });

  it('funds a start-up grant through the real budgeting service', async () => {
    const grant = unwrap(
      await role('probation-officer').POST('/api/v1/reintegration/cases/{id}/grants', {
        ...id(journey.caseIds[1]),
        body: { agreementId: journey.pksId, amount: 7_500_000, purpose: 'Mesin las untuk usaha' },
      }),
    );
    const allocation = await waitFor('grant allocation', async () => {
      const page = unwrap(
        await role('finance-officer').GET('/api/v1/allocations', {
          params: {
            query: { agreementId: journey.pksId, purpose: 'REINTEGRATION_GRANT', status: 'PENDING' },
          },
        }),
      );
      return page.items[0];
    });
    unwrap(
      await role('finance-officer').POST('/api/v1/allocations/{id}/approve', {
        ...id(allocation.id),
        body: { budgetId: journey.budgetId },
      }),
    );
    const funded = await waitFor('grant funded on the case', async () => {
      const current = unwrap(
        await role('probation-officer').GET('/api/v1/reintegration/cases/{id}', id(journey.caseIds[1])),
      );
      const found = current.grants.find((g) => g.id === grant.id);
      return found?.status === 'FUNDED' ? found : undefined;
    });
    expect(funded).toMatchObject({ amount: 7_500_000, status: 'FUNDED' });
    const budget = unwrap(await role('finance-officer').GET('/api/v1/budgets/{id}', id(journey.budgetId)));
    expect(budget.allocated).toBe(197_500_000);
  });

  it('builds the agreement overview and the dashboard from every service', async () => {
    const fiscalYear = { query: { fiscalYear: 2026 } };
    const overview = unwrap(
      await role('viewer').GET('/api/v1/agreements/{id}/overview', {
        params: { path: { id: journey.pksId }, ...fiscalYear },
      }),
    );
    expect(overview.degraded).toEqual([]);
    expect(overview.programs).toMatchObject({ total: 2, completed: 6, byStatus: { IN_PROGRESS: 2 } });
    expect(overview.budget).toMatchObject({ ceiling: 750_000_000, allocated: 197_500_000 });
    // Counts from 1 to 5 are hidden from the viewer (docs/authorization.md); the auditor sees them.
    expect(overview.reintegration).toMatchObject({
      employed: null,
      reoffended: null,
      recidivismRate12m: null,
    });
    const audited = unwrap(
      await role('auditor').GET('/api/v1/agreements/{id}/overview', {
        params: { path: { id: journey.pksId }, ...fiscalYear },
      }),
    );
    expect(audited.reintegration).toMatchObject({ employed: 2, reoffended: 1 });
    const dashboard = unwrap(await role('viewer').GET('/api/v1/dashboard', { params: fiscalYear }));
    expect(dashboard.totals.agreements).toBeGreaterThanOrEqual(2);
    expect(dashboard.degraded).toEqual([]);
    // The dashboard reads one summary per service, yet says of each agreement exactly what its
    // overview says, to the viewer (small counts hidden) and to the auditor (every agency).
    for (const reader of ['viewer', 'auditor'] as const) {
      const { agreements, errors } = unwrap(
        await role(reader).GET('/api/v1/dashboard', { params: fiscalYear }),
      );
      expect(errors).toEqual([]);
      const story = agreements.filter((a) => [journey.mouId, journey.pksId].includes(a.agreementId));
      expect(story.map((a) => a.agreementId).sort()).toEqual([journey.mouId, journey.pksId].sort());
      for (const { agreementId, number, title, status, ...figures } of story) {
        const { agreement, ...expected } = unwrap(
          await role(reader).GET('/api/v1/agreements/{id}/overview', {
            params: { path: { id: agreementId }, ...fiscalYear },
          }),
        );
        expect({ number, title, status }).toEqual({
          number: (agreement as { number: string }).number,
          title: (agreement as { title: string }).title,
          status: (agreement as { status: string }).status,
        });
        expect(JSON.stringify(figures)).toBe(JSON.stringify(expected));
      }
    }
    const status = unwrap(await role('viewer').GET('/api/v1/status'));
    expect(status.degraded).toEqual([]);
  });

  it('masks NIK for auditors and shows it to the facility’s program officer', async () => {
    const participant = id(journey.participantIds[0]);
    const officer = unwrap(await role('program-officer').GET('/api/v1/participants/{id}', participant));
    expect(officer.nik).toMatch(/^1505\d{12}$/);
    const auditor = unwrap(await role('auditor').GET('/api/v1/participants/{id}', participant));
    expect(auditor.nik).toMatch(/^1505\*{8}\d{4}$/);
  });

  it('enforces roles and scopes on every area (authorisation matrix)', async () => {
    const agreement: Call = (c) => c.GET('/api/v1/agreements/{id}', id(journey.pksId));
    const overview: Call = (c) => c.GET('/api/v1/agreements/{id}/overview', id(journey.pksId));
    const program: Call = (c) => c.GET('/api/v1/programs/{id}', id(journey.programIds.welding));
    const participant: Call = (c) => c.GET('/api/v1/participants/{id}', id(journey.participantIds[0]));
    const kase: Call = (c) => c.GET('/api/v1/reintegration/cases/{id}', id(journey.caseIds[0]));
    const budget: Call = (c) => c.GET('/api/v1/budgets/{id}', id(journey.budgetId));
    const recidivism: Call = (c) =>
      c.GET('/api/v1/reintegration/metrics/recidivism', { params: { query: { cohortYear: 2026 } } });
    const expectations: Array<[string, string, Call, number]> = [
      ['viewer', 'agreement', agreement, 403],
      ['viewer', 'overview', overview, 200],
      ['auditor', 'agreement', agreement, 200],
      ['finance-officer', 'agreement', agreement, 200],
      ['program-officer', 'program', program, 200],
      ['probation-officer', 'program', program, 403],
      ['viewer', 'program', program, 403],
      ['finance-officer', 'participant', participant, 403],
      ['probation-officer', 'case', kase, 200],
      ['auditor', 'case', kase, 200],
      ['program-officer', 'case', kase, 403],
      ['finance-officer', 'budget', budget, 200],
      ['program-officer', 'budget', budget, 403],
      ['viewer', 'recidivism', recidivism, 200],
    ];
    const results = [];
    for (const [name, what, call] of expectations)
      results.push([name, what, (await call(role(name))).response.status]);
    expect(results).toEqual(expectations.map(([name, what, , status]) => [name, what, status]));

    // Empty bodies: the role check comes before validation.
    const writes: Array<[string, string, Call]> = [
      ['viewer', 'budgets', (c) => c.POST('/api/v1/budgets', { body: {} as never })],
      ['program-officer', 'agreements', (c) => c.POST('/api/v1/agreements', { body: {} as never })],
      ['finance-officer', 'programs', (c) => c.POST('/api/v1/programs', { body: {} as never })],
      ['auditor', 'participants', (c) => c.POST('/api/v1/participants', { body: {} as never })],
    ];
    for (const [name, what, call] of writes)
      expect([name, what, (await call(role(name))).response.status]).toEqual([name, what, 403]);

    // Another facility's officer and another BAPAS's officer see nothing of this one's.
    const other = async (roleName: Schemas['CreateClientRequest']['roles'][number], agencyCode: string) => {
      const created = unwrap(
        await api.POST('/api/v1/clients', {
          body: { name: `other ${roleName}`, agencyCode, roles: [roleName] },
        }),
      );
      return withClientCredentials(services.gateway.url, created);
    };
    const otherLapas = await other('program-officer', 'LAPAS-OTHER');
    expect((await participant(otherLapas)).response.status).toBe(404);
    const otherBapas = await other('probation-officer', 'BAPAS-OTHER');
    expect((await kase(otherBapas)).response.status).toBe(404);
    const otherPemkabFinance = await other('finance-officer', 'PEMKAB-OTHER');
    const revision = await otherPemkabFinance.POST('/api/v1/budgets/{id}/revisions', {
      ...id(journey.budgetId),
      body: { newCeiling: 1, reason: 'x' },
    });
    expect(revision.response.status).toBe(404);
  });

  it('refuses bad input in every area with a 400 that names the fields, and changes nothing', async () => {
    const all = { params: { query: { limit: 500 } } };
    const counts = async () => ({
      agreements: unwrap(await api.GET('/api/v1/agreements', all)).items.length,
      programs: unwrap(await api.GET('/api/v1/programs', all)).items.length,
      participants: unwrap(await api.GET('/api/v1/participants', all)).items.length,
      budgets: unwrap(await api.GET('/api/v1/budgets', all)).items.length,
    });
    const before = await counts();
    // Deliberately wrong bodies, so they are cast past the generated types.
    const bad: Array<[string, () => Promise<{ response: Response; error?: unknown }>]> = [
      [
        'agreements',
        () =>
          api.POST('/api/v1/agreements', {
            body: {
              kind: 'TREATY',
              number: '',
              partyCodes: [AGENCIES.pemkab.code],
              startDate: '2027-02-30',
              endDate: 'soon',
              scopes: [],
            } as unknown as Schemas['CreateAgreementDto'],
          }),
      ],
      [
        'programs',
        () =>
          api.POST('/api/v1/programs', {
            body: {
              agreementId: 'not-a-uuid',
              facilityCode: AGENCIES.lapas.code,
              track: 'OTHER',
              capacity: 0,
              budgetRequested: 1.5,
            } as unknown as Schemas['CreateProgramDto'],
          }),
      ],
      [
        'participants',
        () =>
          api.POST('/api/v1/participants', {
            body: {
              registrationNumber: 'X',
              nik: '123',
              fullName: '',
              sex: 'X',
              birthDate: '1990-13-01',
              facilityCode: AGENCIES.lapas.code,
            } as unknown as Schemas['RegisterParticipantDto'],
          }),
      ],
      [
        'budgets',
        () =>
          api.POST('/api/v1/budgets', {
            body: {
              agreementId: journey.pksId,
              fiscalYear: 2026,
              source: 'LOAN',
              ownerAgencyCode: AGENCIES.pemkab.code,
              ceiling: 1.5,
            } as unknown as Schemas['CreateBudgetDto'],
          }),
      ],
      [
        'placements',
        () =>
          api.POST('/api/v1/reintegration/cases/{id}/placements', {
            ...id(journey.caseIds[0]),
            body: {
              kind: 'LOTTERY',
              organisationName: '',
              startDate: 'yesterday',
            } as unknown as Schemas['RecordPlacementDto'],
          }),
      ],
    ];
    for (const [what, call] of bad) {
      const { response, error } = await call();
      expect([what, response.status]).toEqual([what, 400]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(error).toMatchObject({ code: 'request.invalid-input', errors: expect.any(Array) });
      expect((error as Schemas['Problem']).errors!.length).toBeGreaterThan(0);
    }
    expect(await counts()).toEqual(before);
  });

  describe('lists for syncing', () => {
    const draft = async (n: number) =>
      unwrap(
        await role('agreement-officer').POST('/api/v1/agreements', {
          body: {
            kind: 'MOU',
            number: `SYNC/${n}/${Date.now()}`,
            title: `Draf sinkron ${n}`,
            scopes: ['SKILLS_TRAINING'],
            partyCodes: [AGENCIES.pemkab.code, AGENCIES.kanwil.code],
            startDate: '2027-01-01',
            endDate: '2028-12-31',
          },
        }),
      );
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

    it('updatedSince picks up exactly the rows changed since the instant', async () => {
      const drafts = [await draft(1), await draft(2), await draft(3)];
      await pause();
      const since = new Date().toISOString();
      await pause();
      unwrap(await api.PATCH('/api/v1/agreements/{id}', { ...id(drafts[1].id), body: { title: 'Diubah' } }));
      const changed = unwrap(
        await api.GET('/api/v1/agreements', { params: { query: { updatedSince: since, limit: 500 } } }),
      );
      // Rows that other test files of the run left may still change while this one runs (their last
      // events arrive late): every row listed changed after the instant, and of this test's, only the one.
      expect(changed.items.filter((a) => a.updatedAt < since)).toEqual([]);
      const ours = changed.items.filter((a) => drafts.some((d) => d.id === a.id));
      expect(ours.map((a) => [a.id, a.title])).toEqual([[drafts[1].id, 'Diubah']]);
      const all = unwrap(await api.GET('/api/v1/agreements', { params: { query: { limit: 500 } } }));
      expect(all.items.map((a) => a.id)).toEqual(expect.arrayContaining(drafts.map((d) => d.id)));
    });

    it('every list takes updatedSince: nothing changed after now, everything since the epoch', async () => {
      const lists: Array<
        [
          string,
          (query: {
            updatedSince?: string;
            limit: number;
          }) => Promise<{ data?: { items: unknown[] }; response: Response }>,
        ]
      > = [
        ['agencies', (query) => api.GET('/api/v1/agencies', { params: { query } })],
        ['agreements', (query) => api.GET('/api/v1/agreements', { params: { query } })],
        [
          'evaluations',
          (query) =>
            api.GET('/api/v1/agreements/{id}/evaluations', {
              params: { path: { id: journey.pksId }, query },
            }),
        ],
        ['programs', (query) => api.GET('/api/v1/programs', { params: { query } })],
        [
          'enrollments',
          (query) =>
            api.GET('/api/v1/programs/{id}/enrollments', {
              params: { path: { id: journey.programIds.welding }, query },
            }),
        ],
        ['participants', (query) => api.GET('/api/v1/participants', { params: { query } })],
        ['cases', (query) => api.GET('/api/v1/reintegration/cases', { params: { query } })],
        ['budgets', (query) => api.GET('/api/v1/budgets', { params: { query } })],
        [
          'ledger',
          (query) =>
            api.GET('/api/v1/budgets/{id}/ledger', { params: { path: { id: journey.budgetId }, query } }),
        ],
        ['allocations', (query) => api.GET('/api/v1/allocations', { params: { query } })],
        ['users', (query) => api.GET('/api/v1/users', { params: { query } })],
      ];
      await pause();
      const now = new Date().toISOString();
      for (const [name, list] of lists) {
        const later = await list({ updatedSince: now, limit: 500 });
        // As above, a row another test file left may change meanwhile: a list whose items carry
        // updatedAt may list it, changed after now; every other list must be empty.
        const notChangedSince = (later.data?.items ?? []).filter(
          (item) => !((item as { updatedAt?: string }).updatedAt! >= now),
        );
        expect([name, later.response.status, notChangedSince]).toEqual([name, 200, []]);
        const ever = await list({ updatedSince: '2000-01-01T00:00:00Z', limit: 500 });
        const unfiltered = await list({ limit: 500 });
        expect([name, ever.response.status, ever.data!.items]).toEqual([name, 200, unfiltered.data!.items]);
      }
      const bad = await api.GET('/api/v1/agreements', { params: { query: { updatedSince: 'yesterday' } } });
      expect(bad.error).toMatchObject({ code: 'request.invalid-input', errors: [{ field: 'updatedSince' }] });
    });

    it('Accept: text/csv streams the same list as the JSON pages', async () => {
      const pages = (await allItems((cursor) =>
        api.GET('/api/v1/agreements', { params: { query: { limit: 2, cursor } } }),
      )) as unknown as Array<Record<string, unknown>>;
      const csv = await api.GET('/api/v1/agreements', {
        params: { query: { limit: 2 } },
        headers: { accept: 'text/csv' },
        parseAs: 'text',
      });
      expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = parseCsv(csv.data as unknown as string);
      expect(header).toEqual(Object.keys(pages[0]));
      expect(rows).toEqual(
        pages.map((item) =>
          header.map((column) => {
            const value = item[column];
            return value === null || value === undefined
              ? ''
              : typeof value === 'string'
                ? value
                : JSON.stringify(value);
          }),
        ),
      );
      expect(rows.length).toBeGreaterThan(2);
      const single = await api.GET('/api/v1/agreements/{id}', {
        ...id(journey.pksId),
        headers: { accept: 'text/csv' },
      });
      expect(single.response.status).toBe(406);
      expect(single.error).toMatchObject({ code: 'request.not-acceptable' });
    });

    it('Accept: text/csv answers the gateway’s own lists every page, and refuses its other routes', async () => {
      const entries = (
        await allItems((cursor) => api.GET('/api/v1/audit', { params: { query: { limit: 100, cursor } } }))
      ).map((entry) => entry.id);
      const csv = await api.GET('/api/v1/audit', {
        params: { query: { limit: 100 } },
        headers: { accept: 'text/csv' },
        parseAs: 'text',
      });
      expect(csv.response.status).toBe(200);
      expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = parseCsv(csv.data as unknown as string);
      expect(rows.map((row) => row[header.indexOf('id')])).toEqual(entries);
      expect(entries.length).toBeGreaterThan(100);

      const users = await api.GET('/api/v1/users', { headers: { accept: 'text/csv' }, parseAs: 'text' });
      const [userHeader, ...userRows] = parseCsv(users.data as unknown as string);
      const listed = unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 200 } } })).items;
      const column = (name: string) => userRows.map((row) => row[userHeader.indexOf(name)]);
      expect([column('email'), column('createdAt')]).toEqual([
        listed.map((u) => u.email),
        listed.map((u) => u.createdAt),
      ]);

      for (const path of ['/api/v1/me', '/api/v1/clients', '/api/v1/dashboard'] as const) {
        const refused = await api.GET(path, { headers: { accept: 'text/csv' } });
        expect([path, refused.response.status]).toEqual([path, 406]);
        expect(refused.error).toMatchObject({ code: 'request.not-acceptable' });
      }
    });

    it('answers 304 to If-None-Match while a resource is unchanged, and a new ETag once it changes', async () => {
      const agreement = await draft(4);
      const first = await api.GET('/api/v1/agreements/{id}', id(agreement.id));
      const etag = first.response.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]{32}"$/);
      const again = await api.GET('/api/v1/agreements/{id}', {
        ...id(agreement.id),
        params: { path: { id: agreement.id }, header: { 'If-None-Match': etag } },
      });
      expect(again.response.status).toBe(304);
      expect(again.response.headers.get('etag')).toBe(etag);
      unwrap(await api.PATCH('/api/v1/agreements/{id}', { ...id(agreement.id), body: { title: 'Berubah' } }));
      const changed = await api.GET('/api/v1/agreements/{id}', {
        params: { path: { id: agreement.id }, header: { 'If-None-Match': etag } },
      });
      expect(changed.response.status).toBe(200);
      expect(changed.response.headers.get('etag')).not.toBe(etag);
      expect(changed.data!.title).toBe('Berubah');
    });
  });

  // One real answer per error code family, each a complete problem: its catalogue code, the URI of
  // the code's entry in docs/errors.md, the request path as `instance` and the correlation id.
  const problemCases: Array<[string, number, () => Promise<{ response: Response; error?: unknown }>]> = [
    ['request.invalid-input', 400, () => api.POST('/api/v1/agreements', { body: {} as never })],
    [
      'resource.not-found',
      404,
      () => api.GET('/api/v1/agreements/{id}', id('01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b')),
    ],
    ['auth.forbidden', 403, () => role('viewer').GET('/api/v1/agreements/{id}', id(journey.pksId))],
    [
      'auth.unauthenticated',
      401,
      () => createSinergiClient(services.gateway.url).GET('/api/v1/agreements/{id}', id(journey.pksId)),
    ],
    [
      'user.email-taken',
      409,
      () =>
        api.POST('/api/v1/users', {
          body: {
            agencyCode: AGENCIES.lapas.code,
            name: 'Nama Kembar',
            email: journey.people[0].email,
            roles: ['viewer'],
          },
        }),
    ],
    [
      'idempotency.key-reused',
      409,
      async () => {
        const params = { header: { 'Idempotency-Key': `reuse-${journey.pksId}` } };
        const body = (name: string) => ({
          name,
          agencyCode: AGENCIES.lapas.code,
          roles: ['viewer' as const],
        });
        unwrap(await api.POST('/api/v1/clients', { params, body: body('first') }));
        return api.POST('/api/v1/clients', { params, body: body('second') });
      },
    ],
    [
      'agency.already-registered',
      409,
      () =>
        api.POST('/api/v1/agencies', {
          body: { code: AGENCIES.lapas.code, name: 'Lapas lagi', kind: 'LAPAS', regionCode: '1505' },
        }),
    ],
    [
      'agreement.invalid-state',
      409,
      () => api.PATCH('/api/v1/agreements/{id}', { ...id(journey.mouId), body: { title: 'Judul baru' } }),
    ],
    [
      'program.invalid-state',
      409,
      () => api.POST('/api/v1/programs/{id}/start', id(journey.programIds.welding)),
    ],
    [
      'participant.already-registered',
      409,
      async () => {
        const known = unwrap(await api.GET('/api/v1/participants/{id}', id(journey.participantIds[0])));
        return api.POST('/api/v1/participants', {
          body: {
            registrationNumber: `${known.registrationNumber}-B`,
            nik: known.nik,
            fullName: known.fullName,
            sex: known.sex as 'M' | 'F',
            birthDate: known.birthDate!,
            facilityCode: known.facilityCode,
          },
        });
      },
    ],
    [
      'work-plan.invalid-state',
      409,
      () =>
        api.POST('/api/v1/agreements/{id}/work-plans/{fiscalYear}/approve', {
          params: { path: { id: journey.pksId, fiscalYear: 2027 } },
        }),
    ],
    [
      'evaluation.no-work-plan',
      409,
      () =>
        api.POST('/api/v1/agreements/{id}/evaluations', {
          ...id(journey.pksId),
          body: { period: '2025', findings: 'x', recommendations: 'y' },
        }),
    ],
    [
      'enrollment.invalid-state',
      409,
      async () => {
        const enrolments = unwrap(
          await api.GET('/api/v1/programs/{id}/enrollments', id(journey.programIds.welding)),
        );
        const completed = enrolments.items.find((e) => e.status === 'COMPLETED')!;
        return api.POST('/api/v1/enrollments/{id}/drop', { ...id(completed.id), body: { reason: 'x' } });
      },
    ],
    [
      'case.closed',
      409,
      () =>
        api.POST('/api/v1/reintegration/cases/{id}/follow-ups', {
          ...id(journey.caseIds[3]),
          body: { date: '2026-12-01', kind: 'PHONE', notes: 'x', employmentStatus: 'UNEMPLOYED' },
        }),
    ],
    [
      'budget.ceiling-below-allocated',
      409,
      () =>
        api.POST('/api/v1/budgets/{id}/revisions', {
          ...id(journey.budgetId),
          body: { newCeiling: 1, reason: 'terlalu rendah' },
        }),
    ],
    [
      'allocation.invalid-state',
      409,
      async () => {
        const approved = unwrap(
          await api.GET('/api/v1/allocations', {
            params: { query: { agreementId: journey.pksId, status: 'APPROVED' } },
          }),
        ).items[0];
        return api.POST('/api/v1/allocations/{id}/reject', { ...id(approved.id), body: { reason: 'x' } });
      },
    ],
    [
      'disbursement.exceeds-allocation',
      409,
      async () => {
        const approved = unwrap(
          await api.GET('/api/v1/allocations', {
            params: { query: { agreementId: journey.pksId, status: 'APPROVED' } },
          }),
        ).items[0];
        return api.POST('/api/v1/allocations/{id}/disbursements', {
          ...id(approved.id),
          body: {
            amount: approved.amount + 1,
            date: '2026-11-01',
            description: 'x',
            reference: 'SP2D-LEBIH',
          },
        });
      },
    ],
  ];

  it.each(problemCases)(
    'answers a %s problem (%i) with its code, docs entry, instance and correlation id',
    async (code, status, call) => {
      const { response, error } = await call();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(error).toMatchObject({
        type: `https://sinergi.example/docs/errors.md#${code}`,
        status,
        code,
        detail: expect.any(String),
        instance: new URL(response.url).pathname,
        correlationId: response.headers.get('x-correlation-id'),
      });
      expect((error as Schemas['Problem']).title.length).toBeGreaterThan(0);
    },
  );

  it('serves every list, lookup and aggregate from indexes: no statement reads a whole table', async () => {
    const report = await planEveryRead(platform);
    // Every read answered (a 404 only where the path holds no seeded id), so the statements are the real ones.
    expect(report.statuses.filter((line) => !/^(200|404) /.test(line))).toEqual([]);
    expect(report.statuses.filter((line) => line.startsWith('404 ')).length).toBeLessThan(
      report.statuses.length / 4,
    );
    expect(report.planned).toBeGreaterThan(report.statuses.length);
    expect(report.wholeTableReads).toEqual([]);
    // For the platform-admin the dashboard summarises every program: rehabilitation reads them all
    // in one statement (the programs of the overview are not limited to a year); every other
    // summary is read through an index.
    expect(report.summaryTableReads).toEqual(['rehabilitation: enrollment', 'rehabilitation: program']);
  }, 120_000);

  it('answers aggregates with the stopped service listed as degraded', async () => {
    await services.reintegration.stop();
    const overview = unwrap(
      await role('viewer').GET('/api/v1/agreements/{id}/overview', {
        params: { path: { id: journey.pksId }, query: { fiscalYear: 2026 } },
      }),
    );
    expect(overview.degraded).toEqual(['reintegration']);
    expect(overview.reintegration).toBeNull();
    expect(overview.programs).not.toBeNull();
    // A forwarded call to the stopped service: the service family's problem, from the gateway.
    const kase = await role('probation-officer').GET(
      '/api/v1/reintegration/cases/{id}',
      id(journey.caseIds[0]),
    );
    expect(kase.response.status).toBe(503);
    expect(kase.error).toMatchObject({
      code: 'service.unavailable',
      type: 'https://sinergi.example/docs/errors.md#service.unavailable',
      instance: `/api/v1/reintegration/cases/${journey.caseIds[0]}`,
      correlationId: kase.response.headers.get('x-correlation-id'),
    });
  });
});

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF) as arrays of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
