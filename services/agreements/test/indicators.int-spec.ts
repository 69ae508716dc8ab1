import { randomUUID } from 'node:crypto';
import {
  BudgetOpenedV1,
  BudgetRevisedV1,
  CaseOpenedV1,
  DisbursementRecordedV1,
  EnrollmentCompletedV1,
  EnrollmentCreatedV1,
  EnrollmentDroppedV1,
  EnrollmentFailedV1,
  PlacementRecordedV1,
  RecidivismCohortsRevisedV1,
  Topics,
  type EventEnvelope,
} from '@sinergi/contracts';
import type { CallerIdentity } from '@sinergi/platform';
import { callService, EventProbe, eventually, publishTestEvent } from '@sinergi/testing';
import {
  AUDITOR as AUDITOR_OF_ALL,
  BAPAS,
  count,
  KANWIL,
  mouBody,
  officerOf,
  PEMKAB,
  signedAgreement,
  startAgreements,
  type TestApi,
} from './support';

/** Enrollment events are counted in the year they happen: the real year the test publishes them. */
const FY = new Date().getUTCFullYear();
const VIEWER: CallerIdentity = { clientId: 'viewer', agencyCode: PEMKAB, roles: ['viewer'] };
const AUDITOR: CallerIdentity = { clientId: 'auditor', agencyCode: PEMKAB, roles: ['auditor'] };

const enrollment = (enrollmentId: string, agreementId: string) => ({
  enrollmentId,
  programId: '0193a3c2-7f00-7000-8000-0000000000aa',
  agreementId,
  track: 'KEMANDIRIAN',
  category: 'WELDING',
});

describe('work plans, indicator actuals from events, evaluations (real PostgreSQL and Kafka)', () => {
  let api: TestApi;
  let probe: EventProbe;
  let agreementId: string;
  const handled: EventEnvelope[] = [];

  beforeAll(async () => {
    api = await startAgreements();
    probe = await EventProbe.start([Topics.agreement]);
    api.setToday(`${FY + 1}-06-01`);
    agreementId = (
      await signedAgreement(api, mouBody({ startDate: `${FY}-01-01`, endDate: `${FY + 3}-12-31` }))
    ).id;
  });
  afterAll(async () => {
    await probe?.stop();
    await api?.stop();
  });

  /** Publishes an event that must be handled (its id reaches the inbox). */
  async function send<T extends object>(...args: Parameters<typeof publishTestEvent<T>>) {
    const envelope = await publishTestEvent(...args);
    handled.push(envelope as EventEnvelope);
    return envelope;
  }
  const allHandled = () =>
    eventually(
      () =>
        count(api, 'SELECT count(*) FROM inbox WHERE event_id = ANY($1::uuid[])', [handled.map((e) => e.id)]),
      (n) => n === handled.length,
    );
  const plan = async () =>
    (await api.call('GET', `/agreements/${agreementId}/work-plans/${FY}`, undefined, VIEWER)).body;
  const actualsOf = (body: {
    indicators: Array<{ indicator: string; actual: number | null; status: string }>;
  }) => Object.fromEntries(body.indicators.map((i) => [i.indicator, [i.actual, i.status]]));

  describe('work plans', () => {
    it('refuses bad targets naming every field, and stores nothing', async () => {
      const response = await api.call('POST', `/agreements/${agreementId}/work-plans`, {
        fiscalYear: FY + 10,
        targets: [
          { indicator: 'COMPLETION_RATE', target: 1.5 },
          { indicator: 'PARTICIPANTS_ENROLLED', target: 2.5 },
          { indicator: 'COMPLETION_RATE', target: 0.5 },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'fiscalYear',
        'targets.0.target',
        'targets.1.target',
        'targets.2.indicator',
      ]);
      const malformed = await api.call('POST', `/agreements/${agreementId}/work-plans`, {
        fiscalYear: 'next',
        targets: [{ indicator: 'HAPPINESS', target: -1 }],
      });
      expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'fiscalYear',
        'fiscalYear',
        'fiscalYear',
        'targets.0.indicator',
        'targets.0.target',
      ]);
      expect(await count(api, 'SELECT count(*) FROM work_plans WHERE agreement_id = $1', [agreementId])).toBe(
        0,
      );
    });

    it('drafts, approves once and announces the approved plan', async () => {
      const targets = [
        { indicator: 'PARTICIPANTS_ENROLLED', target: 3 },
        { indicator: 'PARTICIPANTS_COMPLETED', target: 2 },
        { indicator: 'COMPLETION_RATE', target: 0.8 },
        { indicator: 'EMPLOYMENT_RATE_6M', target: 0.5 },
        { indicator: 'RECIDIVISM_RATE_12M', target: 0.2 },
        { indicator: 'BUDGET_ABSORPTION', target: 0.5 },
      ];
      const viewerDraft = await api.call(
        'POST',
        `/agreements/${agreementId}/work-plans`,
        { fiscalYear: FY, targets },
        VIEWER,
      );
      expect(viewerDraft.status).toBe(403);
      const created = await api.call(
        'POST',
        `/agreements/${agreementId}/work-plans`,
        { fiscalYear: FY, activities: [{ name: 'Welding class' }], targets },
        officerOf(PEMKAB),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ fiscalYear: FY, status: 'DRAFT', targets });
      const duplicate = await api.call('POST', `/agreements/${agreementId}/work-plans`, {
        fiscalYear: FY,
        targets,
      });
      expect([duplicate.status, duplicate.body.code]).toEqual([409, 'work-plan.already-exists']);

      const approved = await api.call('POST', `/agreements/${agreementId}/work-plans/${FY}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('APPROVED');
      const again = await api.call('POST', `/agreements/${agreementId}/work-plans/${FY}/approve`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('work-plan.invalid-state');
      expect(again.body.detail).toContain('is APPROVED');
      const [event] = await probe.waitFor(
        (m) => m.key === agreementId && m.envelope?.type === 'workplan.approved',
      );
      expect(event.envelope!.data).toEqual({ fiscalYear: FY, targets });

      const empty = await plan();
      expect(actualsOf(empty)).toEqual({
        PARTICIPANTS_ENROLLED: [0, 'OFF_TRACK'],
        PARTICIPANTS_COMPLETED: [0, 'OFF_TRACK'],
        COMPLETION_RATE: [null, 'AT_RISK'],
        EMPLOYMENT_RATE_6M: [null, 'AT_RISK'],
        RECIDIVISM_RATE_12M: [null, 'AT_RISK'],
        BUDGET_ABSORPTION: [null, 'AT_RISK'],
      });
      expect((await api.call('GET', `/agreements/${agreementId}/work-plans/${FY + 1}`)).status).toBe(404);
    });
  });

  describe('indicator actuals fed by events through Kafka', () => {
    it('counts people, not events, and never counts a replay twice', async () => {
      const [p1, p2, p3, p4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const [e1, e2, e3, e4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const other = randomUUID();

      // Participant stream (key = participant): p1 enrolls twice; every duplicate is followed by
      // another event on the same key, so once that one is handled the duplicate was too.
      const created1 = await send(EnrollmentCreatedV1, p1, enrollment(e1, agreementId));
      await publishTestEvent(EnrollmentCreatedV1, p1, enrollment(e1, agreementId), { id: created1.id });
      const completed1 = await send(EnrollmentCompletedV1, p1, {
        ...enrollment(e1, agreementId),
        score: 90,
        certificateNumber: 'CERT-1',
      });
      await publishTestEvent(
        EnrollmentCompletedV1,
        p1,
        { ...enrollment(e1, agreementId), score: 90, certificateNumber: 'CERT-1' },
        { id: completed1.id },
      );
      await send(EnrollmentCreatedV1, p1, enrollment(e4, agreementId));
      await send(EnrollmentCreatedV1, p2, enrollment(e2, agreementId));
      await send(EnrollmentDroppedV1, p2, { ...enrollment(e2, agreementId), reason: 'RELEASED' });
      await send(EnrollmentCreatedV1, p3, enrollment(e3, agreementId));
      await send(EnrollmentFailedV1, p3, enrollment(e3, agreementId));
      await send(EnrollmentCreatedV1, p4, enrollment(randomUUID(), other));

      // Case stream (key = case): four people released in January of the fiscal year.
      const releaseDate = `${FY}-01-15`;
      const cases = [p1, p2, p3, p4].map((participantId) => ({ caseId: randomUUID(), participantId }));
      const caseData = (participantId: string) => ({ participantId, agreementIds: [agreementId] });
      for (const { caseId, participantId } of cases) {
        const opened = await send(CaseOpenedV1, caseId, {
          ...caseData(participantId),
          bapasCode: 'BAPAS-JAMBI',
          releaseDate,
        });
        if (participantId === p1) {
          await publishTestEvent(
            CaseOpenedV1,
            caseId,
            { ...caseData(participantId), bapasCode: 'BAPAS-JAMBI', releaseDate },
            { id: opened.id },
          );
        }
      }
      const placement = (participantId: string, startDate: string) => ({
        ...caseData(participantId),
        kind: 'EMPLOYMENT',
        startDate,
        releaseDate,
      });
      await send(PlacementRecordedV1, cases[0].caseId, placement(p1, `${FY}-03-01`));
      await send(PlacementRecordedV1, cases[0].caseId, placement(p1, `${FY}-03-01`)); // re-sent with a new id
      await send(PlacementRecordedV1, cases[1].caseId, placement(p2, `${FY}-09-01`)); // after 6 months
      // Reintegration's cohorts: all four in the agreement's cohort of the year; p3's second revision
      // adds a reoffence in June (replayed), then its first revision arrives late and changes nothing.
      const cohortsOf = (participantId: string, revision: number, firstReoffenceDate: string | null) => ({
        ...caseData(participantId),
        revision,
        cohorts: [{ agreementId, cohortYear: FY, releaseDate, firstReoffenceDate }],
      });
      for (const { caseId, participantId } of cases.filter((c) => c.participantId !== p3))
        await send(RecidivismCohortsRevisedV1, caseId, cohortsOf(participantId, 1, null));
      const revised = await send(
        RecidivismCohortsRevisedV1,
        cases[2].caseId,
        cohortsOf(p3, 2, `${FY}-06-01`),
      );
      await publishTestEvent(RecidivismCohortsRevisedV1, cases[2].caseId, cohortsOf(p3, 2, `${FY}-06-01`), {
        id: revised.id,
      });
      await send(RecidivismCohortsRevisedV1, cases[2].caseId, cohortsOf(p3, 1, null));
      await send(PlacementRecordedV1, cases[2].caseId, placement(p3, `${FY + 1}-02-01`));

      // Budget and allocation streams: ceiling revised to 2,000,000; 800,000 disbursed.
      const budgetId = randomUUID();
      const allocationId = randomUUID();
      await send(BudgetOpenedV1, budgetId, {
        agreementId,
        fiscalYear: FY,
        source: 'APBD',
        ceiling: 1_000_000,
      });
      await send(BudgetRevisedV1, budgetId, { agreementId, fiscalYear: FY, ceiling: 2_000_000 });
      const disbursement = (amount: number, disbursedTotal: number) => ({
        agreementId,
        fiscalYear: FY,
        purpose: 'PROGRAM',
        programId: null,
        caseId: null,
        grantId: null,
        amount,
        disbursedTotal,
        date: `${FY}-05-01`,
      });
      const first = await send(DisbursementRecordedV1, allocationId, disbursement(500_000, 500_000));
      await publishTestEvent(DisbursementRecordedV1, allocationId, disbursement(500_000, 500_000), {
        id: first.id,
      });
      await send(DisbursementRecordedV1, allocationId, disbursement(300_000, 800_000));

      await allHandled();
      expect(actualsOf(await plan())).toEqual({
        PARTICIPANTS_ENROLLED: [3, 'ON_TRACK'], // p1 (twice), p2, p3; p4 enrolled under another agreement
        PARTICIPANTS_COMPLETED: [1, 'OFF_TRACK'],
        COMPLETION_RATE: [1 / 3, 'OFF_TRACK'], // completed ÷ (completed + dropped + failed)
        EMPLOYMENT_RATE_6M: [0.25, 'OFF_TRACK'], // p1 of four released
        RECIDIVISM_RATE_12M: [0.25, 'AT_RISK'], // p3 of four: within 1.25 × 0.2
        BUDGET_ABSORPTION: [0.4, 'AT_RISK'], // 800,000 ÷ 2,000,000: 80 % of the 0.5 target
      });
    });

    it('leaves people whose window is still open out of the rates', async () => {
      api.setToday(`${FY}-04-01`);
      try {
        const readings = actualsOf(await plan());
        // On 1 April of the release year the others are inside their windows: only p1 (employed in
        // March) counts for employment, and only p3, whose reoffence is recorded, for recidivism.
        expect(readings.EMPLOYMENT_RATE_6M).toEqual([1, 'ON_TRACK']);
        expect(readings.RECIDIVISM_RATE_12M).toEqual([1, 'OFF_TRACK']);
      } finally {
        api.setToday(`${FY + 1}-06-01`);
      }
    });
  });

  describe('evaluations', () => {
    it('freezes a snapshot of every indicator that later events never change', async () => {
      const recorded = await api.call(
        'POST',
        `/agreements/${agreementId}/evaluations`,
        { period: `${FY}-S1`, findings: 'Enrollment on track', recommendations: 'More placements' },
        officerOf(PEMKAB),
      );
      expect(recorded.status).toBe(201);
      const current = await plan();
      expect(recorded.body.indicators).toEqual(current.indicators);
      const [event] = await probe.waitFor(
        (m) => m.key === agreementId && m.envelope?.type === 'evaluation.recorded',
      );
      expect(event.envelope!.data).toEqual({ period: `${FY}-S1` });

      await send(EnrollmentCreatedV1, randomUUID(), enrollment(randomUUID(), agreementId));
      await allHandled();
      expect(actualsOf(await plan()).PARTICIPANTS_ENROLLED).toEqual([4, 'ON_TRACK']);

      // Evaluations are read by the agreement's readers (a viewer sees aggregates only): here an auditor.
      const list = await api.call('GET', `/agreements/${agreementId}/evaluations`, undefined, AUDITOR);
      expect(list.status).toBe(200);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0].indicators).toEqual(recorded.body.indicators);
      expect(list.body.items[0].indicators[0]).toMatchObject({
        indicator: 'PARTICIPANTS_ENROLLED',
        actual: 3,
      });
    });

    it('refuses a bad period, a year without a plan and a period evaluated already', async () => {
      const before = await count(api, 'SELECT count(*) FROM evaluations');
      const bad = await api.call('POST', `/agreements/${agreementId}/evaluations`, {
        period: `${FY}-Q5`,
        findings: '',
        recommendations: 'x',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['findings', 'period']);
      const noPlan = await api.call('POST', `/agreements/${agreementId}/evaluations`, {
        period: `${FY + 1}`,
        findings: 'f',
        recommendations: 'r',
      });
      expect(noPlan.status).toBe(409);
      expect(noPlan.body.code).toBe('evaluation.no-work-plan');
      expect(noPlan.body.detail).toContain(`no work plan for fiscal year ${FY + 1}`);
      const twice = await api.call('POST', `/agreements/${agreementId}/evaluations`, {
        period: `${FY}-S1`,
        findings: 'f',
        recommendations: 'r',
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('evaluation.already-recorded');
      expect(await count(api, 'SELECT count(*) FROM evaluations')).toBe(before);
    });
  });

  describe('the work plans summary of every agreement (GET /summaries/agreements, for the dashboard only)', () => {
    const DASHBOARD = 'GET /dashboard';
    const summary = (caller: CallerIdentity, query = `?fiscalYear=${FY}`, via = DASHBOARD) =>
      callService<{ fiscalYear: number; items: Array<{ agreementId: string }> }>(
        api.service,
        caller,
        'GET',
        `/summaries/agreements${query}`,
        undefined,
        via,
      );
    // A facility of this test's own: other files count the agreements of LAPAS-JAMBI.
    const FACILITY = `LAPAS-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    let theirs: string;

    beforeAll(async () => {
      const registered = await api.call('POST', '/agencies', {
        code: FACILITY,
        name: FACILITY,
        kind: 'LAPAS',
        regionCode: '1505',
      });
      expect(registered.status).toBe(201);
      // An agreement Pemkab Muaro Jambi is no party to, with a work plan of the year.
      theirs = (
        await signedAgreement(
          api,
          mouBody({
            partyCodes: [KANWIL, FACILITY],
            startDate: `${FY}-01-01`,
            endDate: `${FY + 3}-12-31`,
            clauses: [
              { number: '1', text: 'Training', responsiblePartyCode: FACILITY, scope: 'SKILLS_TRAINING' },
            ],
          }),
        )
      ).id;
      const drafted = await api.call('POST', `/agreements/${theirs}/work-plans`, {
        fiscalYear: FY,
        targets: [{ indicator: 'PARTICIPANTS_ENROLLED', target: 10 }],
      });
      expect(drafted.status).toBe(201);
    });

    it('gives each agreement’s work plan exactly as its own read does, within the caller’s scope', async () => {
      for (const [caller, expected] of [
        [VIEWER, [agreementId]],
        [officerOf(FACILITY), [theirs]],
        [AUDITOR_OF_ALL, [agreementId, theirs]],
        [officerOf(BAPAS), []],
      ] as const) {
        const answer = await summary(caller);
        expect(answer.status).toBe(200);
        expect(answer.body.fiscalYear).toBe(FY);
        const listed = answer.body.items.filter((i) => [agreementId, theirs].includes(i.agreementId));
        expect(listed.map((i) => i.agreementId)).toEqual([...expected].sort());
        for (const item of listed) {
          const own = await api.call(
            'GET',
            `/agreements/${item.agreementId}/work-plans/${FY}`,
            undefined,
            caller,
          );
          expect(JSON.stringify(item)).toBe(JSON.stringify(own.body));
        }
      }
      // Not the year of any plan: nothing.
      const later = await summary(AUDITOR_OF_ALL, `?fiscalYear=${FY + 3}`);
      expect(later.body.items.filter((i) => [agreementId, theirs].includes(i.agreementId))).toEqual([]);
    });

    it('is read only through the dashboard aggregate, and refuses a bad fiscal year with a 400 problem', async () => {
      expect(
        (await callService(api.service, VIEWER, 'GET', `/summaries/agreements?fiscalYear=${FY}`)).status,
      ).toBe(403);
      expect((await summary(VIEWER, `?fiscalYear=${FY}`, 'GET /agreements/:id/overview')).status).toBe(403);
      for (const query of ['', '?fiscalYear=next', '?fiscalYear=1999', `?fiscalYear=${FY}&status=ACTIVE`]) {
        const refused = await summary(VIEWER, query);
        expect([query, refused.status, (refused.body as unknown as { status: number }).status]).toEqual([
          query,
          400,
          400,
        ]);
      }
    });
  });
});
