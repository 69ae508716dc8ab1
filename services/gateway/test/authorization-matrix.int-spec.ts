import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { API_PREFIX, localDate, routeKey, Roles, type Role } from '@sinergi/platform';
import { TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { accessTokens } from '../src/auth/access-token';
import { ApiSession, waitFor } from '../src/demo/api-session';
import { demoNik } from '../src/demo/muaro-jambi-journey';
import {
  expectedStatus,
  MATRIX_CALLERS,
  MATRIX_ROUTES,
  withAuthorizationMatrix,
  type MatrixCaller,
  type MatrixRoute,
} from '../src/routing/authorization-matrix';
import { startPlatform, type StartedPlatform } from './platform';

/*
 * The authorisation matrix (docs/authorization.md): every route of the route table × every kind of
 * caller, through the real gateway and the four services on PostgreSQL and Kafka. The expected
 * status of each call comes from the route's roles and scope rule (src/routing/authorization-
 * matrix.ts), never from the answer. Every call has a valid body; a call expected to succeed that
 * changes its resource gets a resource prepared for it alone, so the status it gets is its own.
 * The data is created here through the API (the demo journey belongs to platform-journey).
 */

// The agencies: one of each kind in scope (parties to the agreements below) and one party to nothing
// in another province.
const PARTY = { pemkab: 'PEMKAB-MATRIKS', lapas: 'LAPAS-MATRIKS', bapas: 'BAPAS-MATRIKS' };
const OUTSIDER = { pemkab: 'PEMKAB-MATRIKS-LUAR', lapas: 'LAPAS-MATRIKS-LUAR', bapas: 'BAPAS-MATRIKS-LUAR' };
const AGENCIES: Array<[string, string, string]> = [
  [PARTY.pemkab, 'PEMKAB', '1505'],
  [PARTY.lapas, 'LAPAS', '1505'],
  [PARTY.bapas, 'BAPAS', '1571'],
  [OUTSIDER.pemkab, 'PEMKAB', '7371'],
  [OUTSIDER.lapas, 'LAPAS', '7371'],
  [OUTSIDER.bapas, 'BAPAS', '7371'],
];
const PARTIES = [PARTY.pemkab, PARTY.lapas, PARTY.bapas];

/** The agency a caller of each role works in. */
const homeOf = (role: Role, agencies: typeof PARTY) =>
  role === Roles.programOfficer
    ? agencies.lapas
    : role === Roles.probationOfficer
      ? agencies.bapas
      : agencies.pemkab;

interface Caller extends MatrixCaller {
  session: ApiSession;
  /** The agency the caller acts for (the platform-admin acts for the parties). */
  agencyCode: string;
  /** The facility a body names: the caller's own for a program-officer, else the party facility. */
  facilityCode: string;
}

interface Target {
  /** Path below /api/v1, with the query string. */
  path: string;
  body?: unknown;
}

/** How to call one route: the resource it needs, and the call a caller makes on it. */
interface Fixture<R = unknown> {
  /** Prepares the resource (and anything the body names). */
  prepare: () => Promise<R>;
  /**
   * True when a successful call changes the resource (or uses it up): each call expected to succeed
   * then gets a resource prepared for it alone. Calls expected to fail share one.
   */
  fresh: boolean;
  target: (resource: R, caller: Caller) => Target;
}

const fixture = <R>(f: Fixture<R>): Fixture => f as Fixture;
const none = async () => undefined;

describe('the authorisation matrix: every route × every caller through the real gateway and services', () => {
  let platform: StartedPlatform;
  let admin: ApiSession;
  let callers: Caller[];
  const today = localDate(new Date());
  let counter = 0;
  let runningSessionId: string;
  // A webhook receiver on this machine (the test platform allows loopback webhook URLs).
  let receiver: Server;
  const hookUrl = () => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const next = () => ++counter;

  // The world every call works in, created through the API by the platform-admin.
  const world = {} as {
    agreementId: string;
    plansAgreementId: string;
    evaluationId: string;
    budgetId: string;
    allocationId: string;
    runningProgramId: string;
    sessionProgramId: string;
    sessionId: string;
    enrolledParticipantId: string;
    participantId: string;
    caseId: string;
  };

  // ---- helpers creating resources as the platform-admin ----
  const draftAgreement = async (parties = PARTIES, endDate = '2029-12-31') =>
    (
      await admin.post(
        '/agreements',
        {
          kind: 'MOU',
          number: `MATRIKS/${next()}`,
          title: 'Kesepakatan untuk matriks otorisasi',
          scopes: ['SKILLS_TRAINING', 'SOCIAL_REINTEGRATION'],
          partyCodes: parties,
          startDate: '2026-01-01',
          endDate,
        },
        201,
      )
    ).id as string;
  const pendingAgreement = async () => {
    const id = await draftAgreement();
    await admin.post(`/agreements/${id}/submit`, undefined, 200);
    return id;
  };
  const activeAgreement = async (endDate?: string) => {
    const id = await draftAgreement(PARTIES, endDate);
    await admin.post(`/agreements/${id}/submit`, undefined, 200);
    for (const partyCode of PARTIES)
      await admin.post(
        `/agreements/${id}/signatures`,
        { partyCode, signatoryName: `Kepala ${partyCode}`, signatoryTitle: 'Kepala' },
        201,
      );
    return id;
  };

  let planYear = 2026;
  const draftWorkPlan = async () => {
    const fiscalYear = ++planYear;
    await admin.post(
      `/agreements/${world.plansAgreementId}/work-plans`,
      { fiscalYear, targets: [{ indicator: 'PARTICIPANTS_ENROLLED', target: 10 }] },
      201,
    );
    return fiscalYear;
  };

  // Evaluations are of the plans agreement's 2026 work plan.
  const periods = ['', '-Q1', '-Q2', '-Q3', '-Q4', '-S1', '-S2'].map((p) => `2026${p}`);
  const budgetSlots = [2027, 2028, 2029].flatMap((fiscalYear) =>
    ['APBD', 'APBN', 'HIBAH', 'CSR'].map((source) => ({ fiscalYear, source })),
  );

  const programBody = (facilityCode: string, budgetRequested: number) => ({
    agreementId: world.agreementId,
    facilityCode,
    track: 'KEMANDIRIAN',
    category: 'WELDING',
    title: `Pelatihan las ${next()}`,
    capacity: 50,
    startDate: '2026-01-05',
    endDate: '2026-12-20',
    plannedSessions: 4,
    budgetRequested,
  });
  /** A program in the given state; funding above the budget's auto-approval limit waits for a decision. */
  const program = async (
    state: 'DRAFT' | 'AWAITING_FUNDING' | 'FUNDED' | 'IN_PROGRESS',
    amount = 1_000_000,
  ) => {
    const { id } = await admin.post('/programs', programBody(PARTY.lapas, amount), 201);
    if (state === 'DRAFT') return id as string;
    await admin.post(`/programs/${id}/request-funding`, undefined, 200);
    if (state === 'AWAITING_FUNDING') return id as string;
    await waitFor(`program ${id} funded`, async () => {
      const p = await admin.get(`/programs/${id}`);
      return p.status === 'FUNDED' ? p : undefined;
    });
    if (state === 'IN_PROGRESS') await admin.post(`/programs/${id}/start`, undefined, 200);
    return id as string;
  };

  const participant = async (facilityCode = PARTY.lapas) =>
    (
      await admin.post(
        '/participants',
        {
          registrationNumber: `WBP-MATRIKS-${next()}`,
          nik: demoNik(7, '1979-05-05', 'M', 7000 + next()),
          fullName: 'Warga Binaan Matriks',
          sex: 'M',
          birthDate: '1979-05-05',
          facilityCode,
        },
        201,
      )
    ).id as string;
  const released = async () => {
    const id = await participant();
    await admin.post(
      `/participants/${id}/release`,
      { releaseDate: today, releaseType: 'PAROLE', bapasCode: PARTY.bapas, domicileRegionCode: '1505' },
      200,
    );
    return id;
  };
  const openCase = async () => {
    const participantId = await released();
    const found = await waitFor(`case of ${participantId}`, async () => {
      const page = await admin.get(`/reintegration/cases?participantId=${participantId}`);
      return page.items[0] as { id: string } | undefined;
    });
    return found.id;
  };
  /** An enrolment in the running program, present at its one held session. */
  const enrolment = async () => {
    const participantId = await participant();
    const { id } = await admin.post(
      `/programs/${world.runningProgramId}/enrollments`,
      { participantId },
      201,
    );
    await admin.post(
      `/programs/${world.runningProgramId}/sessions/${runningSessionId}/attendance`,
      { records: [{ participantId, status: 'PRESENT' }] },
      200,
    );
    return id as string;
  };
  const allocationOf = async (programId: string, status: 'PENDING' | 'APPROVED') =>
    waitFor(`${status} allocation of program ${programId}`, async () => {
      const page = await admin.get(
        `/allocations?agreementId=${world.agreementId}&status=${status}&limit=500`,
      );
      return (page.items as Array<{ id: string; programId?: string }>).find((a) => a.programId === programId)
        ?.id;
    });
  const pendingAllocation = async () =>
    allocationOf(await program('AWAITING_FUNDING', 50_000_000), 'PENDING');
  const approvedAllocation = async () =>
    allocationOf(await program('AWAITING_FUNDING', 2_000_000), 'APPROVED');
  const freshBudget = async () => {
    const slot = budgetSlots.shift()!;
    const { id } = await admin.post(
      '/budgets',
      { agreementId: world.agreementId, ...slot, ownerAgencyCode: PARTY.pemkab, ceiling: 100_000_000 },
      201,
    );
    return id as string;
  };

  const person = async (disabled = false) => {
    const { user } = await admin.post(
      '/users',
      {
        agencyCode: PARTY.pemkab,
        name: 'Pegawai Matriks',
        email: `pegawai.${next()}@matriks.example.id`,
        roles: ['viewer'],
      },
      201,
    );
    if (disabled) await admin.post(`/users/${user.id}/disable`, undefined, 200);
    return user.id as string;
  };
  const apiClient = async () =>
    (
      await admin.post(
        '/clients',
        { name: 'Sistem matriks', agencyCode: PARTY.pemkab, roles: ['viewer'] },
        201,
      )
    ).clientId as string;

  /** The agency code a body names for the caller's own agency (the platform-admin names the party). */
  const own = (c: Caller) => c.agencyCode;

  /** A webhook of the party agency, and one of its deliveries once it has been delivered. */
  const webhook = async () =>
    (
      await admin.post(
        '/webhooks',
        { url: hookUrl(), eventTypes: ['agreement.drafted'], agencyCode: PARTY.pemkab },
        201,
      )
    ).id as string;
  const deliveredWebhook = async () => {
    const id = await webhook();
    await draftAgreement();
    const deliveryId = await waitFor('a webhook delivered', async () => {
      const { body } = await admin.send('GET', `/webhooks/${id}/deliveries`, undefined, 200);
      const delivered = (body.items as Array<{ id: string; status: string }>).find(
        (d) => d.status === 'SUCCEEDED',
      );
      return delivered?.id;
    });
    return { id, deliveryId };
  };

  const FIXTURES: Record<string, Fixture> = {
    'POST /agencies': fixture({
      prepare: none,
      fresh: true,
      target: () => ({
        path: '/agencies',
        body: { code: `DINAS-MATRIKS-${next()}`, name: 'Dinas Matriks', kind: 'DINAS', regionCode: '1505' },
      }),
    }),
    'GET /agencies': fixture({ prepare: none, fresh: false, target: () => ({ path: '/agencies' }) }),
    'GET /agencies/:code': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agencies/${PARTY.pemkab}` }),
    }),
    'PATCH /agencies/:code': fixture({
      prepare: none,
      fresh: false,
      // the zone it has already: the call changes nothing the other calls rely on
      target: () => ({ path: `/agencies/${PARTY.pemkab}`, body: { timeZone: 'Asia/Jakarta' } }),
    }),

    'POST /agreements': fixture({
      prepare: none,
      fresh: true,
      target: (_, c) => ({
        path: '/agreements',
        body: {
          kind: 'MOU',
          number: `MATRIKS/DRAF/${next()}`,
          title: 'Draf kesepakatan',
          scopes: ['SKILLS_TRAINING'],
          partyCodes: [own(c), c.agencyCode === PARTY.pemkab ? PARTY.lapas : OUTSIDER.lapas],
          startDate: '2027-01-01',
          endDate: '2028-12-31',
        },
      }),
    }),
    'GET /agreements': fixture({ prepare: none, fresh: false, target: () => ({ path: '/agreements' }) }),
    'GET /agreements/:id': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agreements/${world.agreementId}` }),
    }),
    'PATCH /agreements/:id': fixture({
      prepare: () => draftAgreement(),
      fresh: true,
      target: (id) => ({ path: `/agreements/${id}`, body: { title: 'Judul diubah' } }),
    }),
    'POST /agreements/:id/submit': fixture({
      prepare: () => draftAgreement(),
      fresh: true,
      target: (id) => ({ path: `/agreements/${id}/submit` }),
    }),
    'POST /agreements/:id/signatures': fixture({
      prepare: pendingAgreement,
      fresh: true,
      target: (id, c) => ({
        path: `/agreements/${id}/signatures`,
        body: { partyCode: own(c), signatoryName: 'Penandatangan', signatoryTitle: 'Kepala' },
      }),
    }),
    'POST /agreements/:id/terminate': fixture({
      prepare: () => activeAgreement(),
      fresh: true,
      target: (id) => ({ path: `/agreements/${id}/terminate`, body: { reason: 'Diakhiri bersama' } }),
    }),
    'POST /agreements/:id/amendments': fixture({
      prepare: () => activeAgreement(),
      fresh: true,
      target: (id) => ({
        path: `/agreements/${id}/amendments`,
        body: { reason: 'Perpanjangan', changes: { endDate: '2030-12-31' } },
      }),
    }),
    'GET /agreements/:id/history': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agreements/${world.agreementId}/history` }),
    }),
    'POST /agreements/:id/work-plans': fixture({
      prepare: async () => ++planYear,
      fresh: true,
      target: (fiscalYear) => ({
        path: `/agreements/${world.plansAgreementId}/work-plans`,
        body: { fiscalYear, targets: [{ indicator: 'PARTICIPANTS_COMPLETED', target: 5 }] },
      }),
    }),
    'POST /agreements/:id/work-plans/:fiscalYear/approve': fixture({
      prepare: draftWorkPlan,
      fresh: true,
      target: (fiscalYear) => ({
        path: `/agreements/${world.plansAgreementId}/work-plans/${fiscalYear}/approve`,
      }),
    }),
    'GET /agreements/:id/work-plans/:fiscalYear': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agreements/${world.plansAgreementId}/work-plans/2026` }),
    }),
    'POST /agreements/:id/evaluations': fixture({
      prepare: async () => periods.shift()!,
      fresh: true,
      target: (period) => ({
        path: `/agreements/${world.plansAgreementId}/evaluations`,
        body: { period, findings: 'Temuan', recommendations: 'Rekomendasi' },
      }),
    }),
    'GET /agreements/:id/evaluations': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agreements/${world.plansAgreementId}/evaluations` }),
    }),

    'POST /programs': fixture({
      prepare: none,
      fresh: true,
      target: (_, c) => ({ path: '/programs', body: programBody(c.facilityCode, 1_000_000) }),
    }),
    'GET /programs': fixture({ prepare: none, fresh: false, target: () => ({ path: '/programs' }) }),
    'GET /programs/:id': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/programs/${world.runningProgramId}` }),
    }),
    'POST /programs/:id/request-funding': fixture({
      prepare: () => program('DRAFT'),
      fresh: true,
      target: (id) => ({ path: `/programs/${id}/request-funding` }),
    }),
    'POST /programs/:id/start': fixture({
      prepare: () => program('FUNDED'),
      fresh: true,
      target: (id) => ({ path: `/programs/${id}/start` }),
    }),
    'POST /programs/:id/complete': fixture({
      prepare: () => program('IN_PROGRESS'),
      fresh: true,
      target: (id) => ({ path: `/programs/${id}/complete` }),
    }),
    'POST /programs/:id/cancel': fixture({
      prepare: () => program('DRAFT'),
      fresh: true,
      target: (id) => ({ path: `/programs/${id}/cancel`, body: { reason: 'Dibatalkan' } }),
    }),
    'POST /programs/:id/enrollments': fixture({
      prepare: () => participant(),
      fresh: true,
      target: (participantId) => ({
        path: `/programs/${world.runningProgramId}/enrollments`,
        body: { participantId },
      }),
    }),
    'GET /programs/:id/enrollments': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/programs/${world.runningProgramId}/enrollments` }),
    }),
    'POST /programs/:id/sessions': fixture({
      prepare: none,
      fresh: true,
      target: () => ({
        path: `/programs/${world.sessionProgramId}/sessions`,
        body: { date: '2026-03-02', topic: `Modul ${next()}` },
      }),
    }),
    'GET /programs/:id/sessions/:sessionId/attendance': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/programs/${world.sessionProgramId}/sessions/${world.sessionId}/attendance` }),
    }),
    'POST /programs/:id/sessions/:sessionId/attendance': fixture({
      prepare: none,
      fresh: true,
      target: () => ({
        path: `/programs/${world.sessionProgramId}/sessions/${world.sessionId}/attendance`,
        body: { records: [{ participantId: world.enrolledParticipantId, status: 'PRESENT' }] },
      }),
    }),
    'POST /participants': fixture({
      prepare: none,
      fresh: true,
      target: (_, c) => ({
        path: '/participants',
        body: {
          registrationNumber: `WBP-MATRIKS-${next()}`,
          nik: demoNik(8, '1980-06-06', 'M', 7000 + next()),
          fullName: 'Warga Binaan Baru',
          sex: 'M',
          birthDate: '1980-06-06',
          facilityCode: c.facilityCode,
        },
      }),
    }),
    'GET /participants': fixture({ prepare: none, fresh: false, target: () => ({ path: '/participants' }) }),
    'GET /participants/:id': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/participants/${world.participantId}` }),
    }),
    'GET /participants/:id/access-log': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/participants/${world.participantId}/access-log` }),
    }),
    'POST /participants/:id/nik-disclosures': fixture({
      prepare: none,
      fresh: false,
      target: () => ({
        path: `/participants/${world.participantId}/nik-disclosures`,
        body: { reason: 'Pencocokan identitas untuk matriks otorisasi' },
      }),
    }),
    'POST /participants/:id/release': fixture({
      prepare: () => participant(),
      fresh: true,
      target: (id) => ({
        path: `/participants/${id}/release`,
        body: { releaseDate: today, releaseType: 'FREE', bapasCode: PARTY.bapas },
      }),
    }),
    'POST /enrollments/:id/complete': fixture({
      prepare: enrolment,
      fresh: true,
      target: (id) => ({ path: `/enrollments/${id}/complete`, body: { score: 80 } }),
    }),
    'POST /enrollments/:id/drop': fixture({
      prepare: enrolment,
      fresh: true,
      target: (id) => ({ path: `/enrollments/${id}/drop`, body: { reason: 'Pindah' } }),
    }),
    'POST /enrollments/:id/fail': fixture({
      prepare: enrolment,
      fresh: true,
      target: (id) => ({ path: `/enrollments/${id}/fail`, body: { reason: 'Tidak lulus' } }),
    }),

    'GET /reintegration/cases': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: '/reintegration/cases' }),
    }),
    'GET /reintegration/cases/:id': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/reintegration/cases/${world.caseId}` }),
    }),
    'PATCH /reintegration/cases/:id/pathways/:pathway': fixture({
      prepare: openCase,
      fresh: true,
      target: (id) => ({
        path: `/reintegration/cases/${id}/pathways/EMPLOYMENT`,
        body: { status: 'IN_PROGRESS', notes: 'Melamar kerja' },
      }),
    }),
    'POST /reintegration/cases/:id/placements': fixture({
      prepare: openCase,
      fresh: true,
      target: (id) => ({
        path: `/reintegration/cases/${id}/placements`,
        body: {
          kind: 'EMPLOYMENT',
          organisationName: 'CV Las Jaya',
          position: 'Juru las',
          employmentType: 'FULL_TIME',
          startDate: today,
        },
      }),
    }),
    'POST /reintegration/cases/:id/follow-ups': fixture({
      prepare: openCase,
      fresh: true,
      target: (id) => ({
        path: `/reintegration/cases/${id}/follow-ups`,
        body: { date: today, kind: 'PHONE', notes: 'Baik', employmentStatus: 'EMPLOYED' },
      }),
    }),
    'POST /reintegration/cases/:id/grants': fixture({
      prepare: openCase,
      fresh: true,
      target: (id) => ({
        path: `/reintegration/cases/${id}/grants`,
        body: { agreementId: world.agreementId, amount: 1_000_000, purpose: 'Modal usaha' },
      }),
    }),
    'POST /reintegration/cases/:id/reoffences': fixture({
      prepare: openCase,
      fresh: true,
      target: (id) => ({
        path: `/reintegration/cases/${id}/reoffences`,
        body: { date: today, kind: 'NEW_CONVICTION' },
      }),
    }),
    'POST /reintegration/cases/:id/close': fixture({
      prepare: openCase,
      fresh: true,
      target: (id) => ({
        path: `/reintegration/cases/${id}/close`,
        body: { outcome: 'SUCCESS', reason: 'Mandiri' },
      }),
    }),
    'GET /reintegration/metrics/recidivism': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: '/reintegration/metrics/recidivism?cohortYear=2026' }),
    }),
    'GET /reintegration/metrics/employment': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: '/reintegration/metrics/employment?cohortYear=2026' }),
    }),
    'GET /reintegration/metrics/agreement-summary': fixture({
      prepare: none,
      fresh: false,
      target: () => ({
        path: `/reintegration/metrics/agreement-summary?agreementId=${world.agreementId}&cohortYear=2026`,
      }),
    }),

    'POST /budgets': fixture({
      prepare: async () => budgetSlots.shift()!,
      fresh: true,
      target: (slot, c) => ({
        path: '/budgets',
        body: { agreementId: world.agreementId, ...slot, ownerAgencyCode: own(c), ceiling: 50_000_000 },
      }),
    }),
    'GET /budgets': fixture({ prepare: none, fresh: false, target: () => ({ path: '/budgets' }) }),
    'GET /budgets/:id': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/budgets/${world.budgetId}` }),
    }),
    'POST /budgets/:id/revisions': fixture({
      prepare: freshBudget,
      fresh: true,
      target: (id) => ({
        path: `/budgets/${id}/revisions`,
        body: { newCeiling: 120_000_000, reason: 'APBD perubahan' },
      }),
    }),
    'GET /budgets/:id/ledger': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/budgets/${world.budgetId}/ledger` }),
    }),
    'GET /allocations': fixture({ prepare: none, fresh: false, target: () => ({ path: '/allocations' }) }),
    'GET /allocations/:id': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/allocations/${world.allocationId}` }),
    }),
    'POST /allocations/:id/approve': fixture({
      prepare: pendingAllocation,
      fresh: true,
      target: (id) => ({ path: `/allocations/${id}/approve`, body: { budgetId: world.budgetId } }),
    }),
    'POST /allocations/:id/reject': fixture({
      prepare: pendingAllocation,
      fresh: true,
      target: (id) => ({ path: `/allocations/${id}/reject`, body: { reason: 'Tidak sesuai prioritas' } }),
    }),
    'POST /allocations/:id/disbursements': fixture({
      prepare: approvedAllocation,
      fresh: true,
      target: (id) => ({
        path: `/allocations/${id}/disbursements`,
        body: { amount: 500_000, date: today, description: 'Termin pertama', reference: `SP2D-${next()}` },
      }),
    }),
    'POST /webhooks': fixture({
      prepare: none,
      fresh: true,
      target: (_none, c) => ({
        path: '/webhooks',
        body: {
          url: hookUrl(),
          eventTypes: ['agreement.signed'],
          ...(c.agencyCode ? { agencyCode: c.agencyCode } : {}),
        },
      }),
    }),
    'GET /webhooks': fixture({ prepare: none, fresh: false, target: () => ({ path: '/webhooks' }) }),
    'GET /webhooks/:id': fixture({
      prepare: webhook,
      fresh: false,
      target: (id) => ({ path: `/webhooks/${id}` }),
    }),
    'DELETE /webhooks/:id': fixture({
      prepare: webhook,
      fresh: true,
      target: (id) => ({ path: `/webhooks/${id}` }),
    }),
    'GET /webhooks/:id/deliveries': fixture({
      prepare: webhook,
      fresh: false,
      target: (id) => ({ path: `/webhooks/${id}/deliveries` }),
    }),
    'POST /webhooks/:id/deliveries/:deliveryId/redeliver': fixture({
      prepare: deliveredWebhook,
      fresh: true,
      target: ({ id, deliveryId }) => ({ path: `/webhooks/${id}/deliveries/${deliveryId}/redeliver` }),
    }),
  };

  // The routes the gateway answers itself.
  Object.assign(FIXTURES, {
    'GET /agreements/:id/overview': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agreements/${world.agreementId}/overview` }),
    }),
    'GET /agreements/:id/evaluations/:evaluationId/report.pdf': fixture({
      prepare: none,
      fresh: false,
      target: () => ({
        path: `/agreements/${world.plansAgreementId}/evaluations/${world.evaluationId}/report.pdf`,
      }),
    }),
    'GET /dashboard': fixture({ prepare: none, fresh: false, target: () => ({ path: '/dashboard' }) }),
    'GET /status': fixture({ prepare: none, fresh: false, target: () => ({ path: '/status' }) }),
    'GET /audit': fixture({ prepare: none, fresh: false, target: () => ({ path: '/audit' }) }),
    'POST /clients': fixture({
      prepare: none,
      fresh: true,
      target: (_, c) => ({
        path: '/clients',
        body: { name: `Sistem ${next()}`, agencyCode: own(c), roles: ['viewer'] },
      }),
    }),
    'GET /clients': fixture({ prepare: none, fresh: false, target: () => ({ path: '/clients' }) }),
    'POST /clients/:id/disable': fixture({
      prepare: apiClient,
      fresh: true,
      target: (id) => ({ path: `/clients/${id}/disable` }),
    }),
    'POST /clients/:id/rotate-secret': fixture({
      prepare: apiClient,
      fresh: true,
      target: (id) => ({ path: `/clients/${id}/rotate-secret` }),
    }),
    'POST /users': fixture({
      prepare: none,
      fresh: true,
      target: (_, c) => ({
        path: '/users',
        body: {
          agencyCode: own(c),
          name: 'Pegawai Baru',
          email: `baru.${next()}@matriks.example.id`,
          roles: ['viewer'],
        },
      }),
    }),
    'GET /users': fixture({ prepare: none, fresh: false, target: () => ({ path: '/users' }) }),
    'GET /users/:id': fixture({
      prepare: () => person(),
      fresh: false,
      target: (id) => ({ path: `/users/${id}` }),
    }),
    'PATCH /users/:id': fixture({
      prepare: () => person(),
      fresh: true,
      target: (id) => ({ path: `/users/${id}`, body: { name: 'Nama Diubah' } }),
    }),
    'POST /users/:id/disable': fixture({
      prepare: () => person(),
      fresh: true,
      target: (id) => ({ path: `/users/${id}/disable` }),
    }),
    'POST /users/:id/enable': fixture({
      prepare: () => person(true),
      fresh: true,
      target: (id) => ({ path: `/users/${id}/enable` }),
    }),
    'POST /users/:id/reset': fixture({
      prepare: () => person(),
      fresh: true,
      target: (id) => ({ path: `/users/${id}/reset`, body: { resetTotp: false } }),
    }),
    'GET /users/:id/sessions': fixture({
      prepare: () => person(),
      fresh: false,
      target: (id) => ({ path: `/users/${id}/sessions` }),
    }),
    'GET /agencies/:code/sign-in-policy': fixture({
      prepare: none,
      fresh: false,
      target: () => ({ path: `/agencies/${PARTY.pemkab}/sign-in-policy` }),
    }),
    'PATCH /agencies/:code/sign-in-policy': fixture({
      prepare: none,
      fresh: true,
      target: () => ({ path: `/agencies/${PARTY.pemkab}/sign-in-policy`, body: { totpRequired: false } }),
    }),
  } satisfies Record<string, Fixture>);

  beforeAll(async () => {
    receiver = createServer((request, response) =>
      request.resume().on('end', () => response.writeHead(204).end()),
    );
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    platform = await startPlatform({ RATE_LIMIT_PER_MINUTE: '100000' });
    admin = platform.admin;
    const baseUrl = platform.services.gateway.url;
    for (const [code, kind, regionCode] of AGENCIES)
      await admin.post('/agencies', { code, name: `Instansi ${code}`, kind, regionCode }, 201);

    const adminToken = await tokenOf(
      baseUrl,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    // An expired token of the platform-admin itself, signed with the gateway's real key.
    const expired = await accessTokens.issue(
      await accessTokens.read(adminToken, TEST_GATEWAY_SECRETS.JWT_SECRET),
      TEST_GATEWAY_SECRETS.JWT_SECRET,
      -60,
    );
    callers = [];
    for (const caller of MATRIX_CALLERS) {
      if (caller.standing === 'admin') {
        callers.push({
          ...caller,
          session: new ApiSession(baseUrl, adminToken),
          agencyCode: PARTY.pemkab,
          facilityCode: PARTY.lapas,
        });
        continue;
      }
      if (caller.standing === 'no-token' || caller.standing === 'expired-token') {
        const session = new ApiSession(baseUrl, caller.standing === 'expired-token' ? expired : undefined);
        callers.push({ ...caller, session, agencyCode: '', facilityCode: PARTY.lapas });
        continue;
      }
      const role = caller.role!;
      const agencyCode = homeOf(role, caller.standing === 'party' ? PARTY : OUTSIDER);
      const client = await admin.post('/clients', { name: `${caller.key}`, agencyCode, roles: [role] }, 201);
      callers.push({
        ...caller,
        session: new ApiSession(baseUrl, await tokenOf(baseUrl, client.clientId, client.clientSecret)),
        agencyCode,
        facilityCode: role === Roles.programOfficer ? agencyCode : PARTY.lapas,
      });
    }

    world.agreementId = await activeAgreement();
    world.plansAgreementId = await activeAgreement('2059-12-31');
    await admin.post(
      `/agreements/${world.plansAgreementId}/work-plans`,
      { fiscalYear: 2026, targets: [{ indicator: 'PARTICIPANTS_ENROLLED', target: 10 }] },
      201,
    );
    await admin.post(`/agreements/${world.plansAgreementId}/work-plans/2026/approve`, undefined, 200);
    world.evaluationId = (
      await admin.post(
        `/agreements/${world.plansAgreementId}/evaluations`,
        { period: periods.shift()!, findings: 'Awal', recommendations: 'Lanjut' },
        201,
      )
    ).id;
    // Budgeting learns of the agreement through its events; until then it answers 409.
    world.budgetId = await waitFor('budget on the agreement', async () => {
      const answer = await admin.send('POST', '/budgets', {
        agreementId: world.agreementId,
        fiscalYear: 2026,
        source: 'APBD',
        ownerAgencyCode: PARTY.pemkab,
        ceiling: 10_000_000_000,
        autoApproveLimit: 5_000_000,
      });
      if (answer.status === 201) return answer.body.id as string;
      if (answer.status !== 409) throw new Error(`POST /budgets answered ${answer.status}`);
      return undefined;
    });
    // So does rehabilitation before a program may be planned under it.
    await waitFor('agreement known to rehabilitation', async () => {
      const answer = await admin.send('POST', '/programs', programBody(PARTY.lapas, 1_000_000));
      return answer.status === 201 ? true : undefined;
    });
    world.runningProgramId = await program('IN_PROGRESS');
    world.allocationId = await allocationOf(world.runningProgramId, 'APPROVED');
    world.sessionProgramId = await program('IN_PROGRESS');
    world.enrolledParticipantId = await participant();
    await admin.post(
      `/programs/${world.sessionProgramId}/enrollments`,
      { participantId: world.enrolledParticipantId },
      201,
    );
    world.sessionId = (
      await admin.post(
        `/programs/${world.sessionProgramId}/sessions`,
        { date: '2026-03-02', topic: 'Modul pembuka' },
        201,
      )
    ).id;
    // The running program's one held session, which every enrolment prepared below attends.
    runningSessionId = (
      await admin.post(
        `/programs/${world.runningProgramId}/sessions`,
        { date: '2026-02-02', topic: 'Keselamatan kerja' },
        201,
      )
    ).id;
    world.participantId = await released();
    world.caseId = await openCase();
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('has a fixture with a valid body for every route of the matrix', () => {
    const missing = MATRIX_ROUTES.map(routeKey).filter((key) => !FIXTURES[key]);
    expect({ routesWithoutFixture: missing }).toEqual({ routesWithoutFixture: [] });
    const unknown = Object.keys(FIXTURES).filter((key) => !MATRIX_ROUTES.some((r) => routeKey(r) === key));
    expect({ fixturesWithoutRoute: unknown }).toEqual({ fixturesWithoutRoute: [] });
  });

  it('answers every route × caller with exactly the status the roles and scope rules give', async () => {
    const routes = MATRIX_ROUTES.filter((r) => FIXTURES[routeKey(r)]);
    expect(routes).toHaveLength(MATRIX_ROUTES.length);
    const cells = routes.flatMap((route) => callers.map((caller) => ({ route, caller })));
    const shared = new Map<string, Promise<unknown>>();
    const resourceFor = (route: MatrixRoute, expected: number) => {
      const f = FIXTURES[routeKey(route)];
      const succeeds = expected >= 200 && expected < 300;
      if (f.fresh && succeeds) return f.prepare();
      const key = routeKey(route);
      if (!shared.has(key)) shared.set(key, f.prepare());
      return shared.get(key)!;
    };
    const results = await inPool(cells, 6, async ({ route, caller }) => {
      const expected = expectedStatus(route, caller);
      const f = FIXTURES[routeKey(route)];
      const resource = await resourceFor(route, expected);
      const target = f.target(resource, caller);
      const answer = await caller.session.send(route.method, target.path, target.body);
      return {
        cell: `${routeKey(route)} as ${caller.key}`,
        status: answer.status,
        expected,
        ...(answer.status !== expected ? { problem: answer.body } : {}),
      };
    });
    const wrong = results.filter((r) => r.status !== r.expected);
    expect(wrong).toEqual([]);
    expect(results).toHaveLength(MATRIX_ROUTES.length * MATRIX_CALLERS.length);
  }, 600_000);

  it('keeps the matrix in docs/authorization.md current (written here outside CI, compared in CI)', () => {
    const file = path.resolve(__dirname, '../../../docs/authorization.md');
    const current = readFileSync(file, 'utf8');
    const generated = withAuthorizationMatrix(current);
    if (process.env.CI !== 'true' && generated !== current) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
    expect(generated).toContain(
      `${MATRIX_ROUTES.length} routes × ${MATRIX_CALLERS.length} callers = ${MATRIX_ROUTES.length * MATRIX_CALLERS.length} calls`,
    );
    expect(generated).toContain(`\`${MATRIX_ROUTES[0].method} ${API_PREFIX}${MATRIX_ROUTES[0].path}\``);
  });
});

async function tokenOf(baseUrl: string, clientId: string, clientSecret: string): Promise<string> {
  const { body } = await new ApiSession(baseUrl).send('POST', '/auth/token', { clientId, clientSecret }, 200);
  return body.accessToken as string;
}

/** Runs `work` over the items with at most `size` at a time, keeping their order in the answer. */
async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}
