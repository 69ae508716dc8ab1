import {
  AgreementTerminatedV1,
  GrantRequestedV1,
  ProgramCancelledV1,
  ProgramFundingRequestedV1,
  Topics,
  uuidv7,
} from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  EventProbe,
  eventually,
  PLATFORM_ADMIN,
  publishTestEvent,
  startTestService,
  type ProbedMessage,
} from '@sinergi/testing';
import { budgetingService } from '../src/service';
import {
  activeAgreement,
  auditor,
  call,
  db,
  financeOfficer,
  openBudget,
  PARTNER,
  type JsonBody,
} from './fixtures';

const dataOf = (m: ProbedMessage) => m.envelope!.data as Record<string, unknown>;

const fundingRequest = (agreementId: string, amount: number, fiscalYear = 2027) =>
  Object.assign(new ProgramFundingRequestedV1(), {
    agreementId,
    facilityCode: 'LAPAS-MUARA-SABAK',
    track: 'KEMANDIRIAN',
    amount,
    fiscalYear,
  });

describe('the allocation saga from Kafka funding requests (real PostgreSQL and Kafka)', () => {
  let service: RunningService;
  let probe: EventProbe;
  let agreementId: string;
  let budgetId: string;

  beforeAll(async () => {
    service = await startTestService(budgetingService);
    probe = await EventProbe.start([Topics.allocation]);
    agreementId = await activeAgreement(service);
    budgetId = (await openBudget(service, agreementId, { ceiling: 10_000_000, autoApproveLimit: 2_000_000 }))
      .id;
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  const outcomeOf = (subject: { programId?: string; grantId?: string }) =>
    probe.waitFor(
      (m: ProbedMessage) =>
        ['allocation.approved', 'allocation.rejected'].includes(m.envelope!.type) &&
        Object.entries(subject).every(([k, v]) => (m.envelope!.data as Record<string, unknown>)[k] === v),
    );
  const allocationsOf = (programId: string) =>
    db(service).query(`SELECT id, status FROM allocations WHERE program_id = $1 ORDER BY id`, [programId]);
  const budget = async (id = budgetId) => (await call(service, auditor, 'GET', `/budgets/${id}`)).body;

  it('approves a request within the auto-approval limit and publishes requested then approved', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 2_000_000));
    const [approved] = await outcomeOf({ programId });
    expect(approved.envelope).toMatchObject({
      type: 'allocation.approved',
      data: { agreementId, fiscalYear: 2027, purpose: 'PROGRAM', programId, budgetId, amount: 2_000_000 },
    });
    const events = probe.messages.filter((m) => m.key === approved.key).map((m) => m.envelope!.type);
    expect(events).toEqual(['allocation.requested', 'allocation.approved']);
    expect(await budget()).toMatchObject({ allocated: 2_000_000, available: 8_000_000 });
  });

  it('never creates a second allocation for a duplicate request (same event again, or a new event)', async () => {
    const programId = uuidv7();
    const first = await publishTestEvent(
      ProgramFundingRequestedV1,
      programId,
      fundingRequest(agreementId, 1_000),
    );
    await outcomeOf({ programId });
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 1_000), {
      id: first.id,
    });
    const second = await publishTestEvent(
      ProgramFundingRequestedV1,
      programId,
      fundingRequest(agreementId, 1_000),
    );
    await eventually(
      () => db(service).query(`SELECT 1 FROM inbox WHERE event_id = $1`, [second.id]),
      (rows: unknown[]) => rows.length === 1,
    );
    expect(await allocationsOf(programId)).toEqual([expect.objectContaining({ status: 'APPROVED' })]);
    // Anything the duplicates wrongly published would reach Kafka before a later request's outcome.
    const marker = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, marker, fundingRequest(agreementId, 1_000));
    await outcomeOf({ programId: marker });
    const published = probe.messages.filter(
      (m) => (m.envelope!.data as { programId?: string }).programId === programId,
    );
    expect(published.map((m) => m.envelope!.type)).toEqual(['allocation.requested', 'allocation.approved']);
  });

  it('rejects a request for an agreement it does not know', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(uuidv7(), 1_000));
    const [outcome] = await outcomeOf({ programId });
    expect(outcome.envelope).toMatchObject({
      type: 'allocation.rejected',
      data: { reason: expect.stringMatching(/agreement unknown/) },
    });
    expect(await allocationsOf(programId)).toEqual([expect.objectContaining({ status: 'REJECTED' })]);
  });

  it('rejects a request when no budget exists for the fiscal year', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 1_000, 2035));
    const [outcome] = await outcomeOf({ programId });
    expect(outcome.envelope!.data).toMatchObject({
      reason: 'no budget for this agreement in fiscal year 2035',
    });
  });

  it('rejects requests under a terminated agreement, including those still pending', async () => {
    const terminated = await activeAgreement(service);
    await openBudget(service, terminated, { ceiling: 1_000_000 });
    const pendingProgram = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, pendingProgram, fundingRequest(terminated, 500));
    await eventually(
      () => allocationsOf(pendingProgram),
      (rows: unknown[]) => rows.length === 1,
    );

    await publishTestEvent(AgreementTerminatedV1, terminated, { reason: 'MoU dissolved' });
    const [pendingOutcome] = await outcomeOf({ programId: pendingProgram });
    expect(pendingOutcome.envelope!.data).toMatchObject({ reason: 'agreement terminated' });

    const lateProgram = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, lateProgram, fundingRequest(terminated, 500));
    const [lateOutcome] = await outcomeOf({ programId: lateProgram });
    expect(lateOutcome.envelope).toMatchObject({
      type: 'allocation.rejected',
      data: { reason: 'agreement terminated' },
    });
  });

  it('leaves a request above the limit PENDING for the owner’s finance officer, who approves it', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 3_000_000));
    const [requested] = await probe.waitFor(
      (m) => m.envelope!.type === 'allocation.requested' && dataOf(m).programId === programId,
    );
    const id = requested.key!;
    await eventually(
      () => call(service, financeOfficer(), 'GET', `/allocations/${id}`),
      (r) => r.status === 200,
    );
    expect((await call(service, financeOfficer(), 'GET', `/allocations/${id}`)).body).toMatchObject({
      status: 'PENDING',
      amount: 3_000_000,
      purpose: 'PROGRAM',
      programId,
      disbursed: 0,
    });
    // a party's finance officer sees it but does not own the budget; an outsider does not see it
    expect(
      (await call(service, financeOfficer(PARTNER), 'POST', `/allocations/${id}/approve`, {})).status,
    ).toBe(403);
    expect(
      (await call(service, financeOfficer('PEMKAB-BUNGO'), 'POST', `/allocations/${id}/approve`, {})).status,
    ).toBe(404);
    expect((await call(service, auditor, 'POST', `/allocations/${id}/approve`, {})).status).toBe(403);

    const approved = await call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`); // no body
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      budgetId,
      decidedBy: 'finance-pemkab-muaro-jambi',
    });
    const [outcome] = await outcomeOf({ programId });
    expect(outcome.envelope!.type).toBe('allocation.approved');

    const again = await call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('allocation.invalid-state');
    expect(again.body.detail).toMatch(/is APPROVED/);
  });

  it('answers 409 when the budget cannot afford the approval, and lets the officer reject with a reason', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 9_000_000));
    const [requested] = await probe.waitFor(
      (m) => m.envelope!.type === 'allocation.requested' && dataOf(m).programId === programId,
    );
    const id = requested.key!;
    const before = await budget();
    const refused = await call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('budget.insufficient-funds');
    expect(refused.body.detail).toMatch(/not enough available/);
    expect(await budget()).toEqual(before);

    expect((await call(service, financeOfficer(), 'POST', `/allocations/${id}/reject`, {})).status).toBe(400);
    const rejected = await call(service, financeOfficer(), 'POST', `/allocations/${id}/reject`, {
      reason: 'over plan',
    });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', rejectionReason: 'over plan' });
    const [outcome] = await outcomeOf({ programId });
    expect(outcome.envelope!.data).toMatchObject({ reason: 'over plan' });
  });

  it('requires budgetId when several budgets match, and approves against the chosen one', async () => {
    const agreement = await activeAgreement(service);
    await openBudget(service, agreement, { ceiling: 1_000_000, source: 'APBD' });
    const hibah = await openBudget(service, agreement, { ceiling: 1_000_000, source: 'HIBAH' });
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreement, 400_000));
    const [requested] = await probe.waitFor(
      (m) => m.envelope!.type === 'allocation.requested' && dataOf(m).programId === programId,
    );
    const id = requested.key!;
    await eventually(
      () => call(service, PLATFORM_ADMIN, 'GET', `/allocations/${id}`),
      (r) => r.status === 200,
    );
    const ambiguous = await call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`, {});
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.errors).toEqual([expect.objectContaining({ field: 'budgetId' })]);
    const approved = await call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`, {
      budgetId: hibah.id,
    });
    expect(approved.body).toMatchObject({ status: 'APPROVED', budgetId: hibah.id });
    expect(await budget(hibah.id)).toMatchObject({ allocated: 400_000, available: 600_000 });
  });

  it('funds a reintegration grant from grant.requested, once per grant', async () => {
    const caseId = uuidv7();
    const grantId = uuidv7();
    await publishTestEvent(GrantRequestedV1, caseId, {
      participantId: uuidv7(),
      agreementIds: [agreementId],
      grantId,
      agreementId,
      amount: 1_500_000,
      fiscalYear: 2027,
    });
    const [outcome] = await outcomeOf({ grantId });
    const duplicate = await publishTestEvent(GrantRequestedV1, caseId, {
      participantId: uuidv7(),
      agreementIds: [agreementId],
      grantId,
      agreementId,
      amount: 1_500_000,
      fiscalYear: 2027,
    });
    await eventually(
      () => db(service).query(`SELECT 1 FROM inbox WHERE event_id = $1`, [duplicate.id]),
      (rows: unknown[]) => rows.length === 1,
    );
    expect(
      (await db(service).query(`SELECT status FROM allocations WHERE grant_id = $1`, [grantId])).map(
        (r: { status: string }) => r.status,
      ),
    ).toEqual(['APPROVED']);
    expect(outcome.envelope).toMatchObject({
      type: 'allocation.approved',
      data: { purpose: 'REINTEGRATION_GRANT', caseId, grantId, programId: null, amount: 1_500_000 },
    });
  });

  it('releases the unspent part of an approved allocation when the program is cancelled', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 1_000_000));
    const [approved] = await outcomeOf({ programId });
    const id = approved.key!;
    const disbursed = await call(service, financeOfficer(), 'POST', `/allocations/${id}/disbursements`, {
      amount: 300_000,
      date: '2027-02-01',
      description: 'welding equipment',
      reference: 'SP2D-0001',
    });
    expect(disbursed.status).toBe(201);
    expect(disbursed.body).toMatchObject({ amount: 300_000, disbursedTotal: 300_000, remaining: 700_000 });
    const before = await budget();

    await publishTestEvent(ProgramCancelledV1, programId, {
      agreementId,
      facilityCode: 'LAPAS-MUARA-SABAK',
      track: 'KEMANDIRIAN',
      reason: 'instructor unavailable',
    });
    const [released] = await probe.waitFor((m) => m.key === id && m.envelope!.type === 'allocation.released');
    expect(released.envelope!.data).toMatchObject({ amount: 700_000, programId, agreementId });
    expect(await budget()).toMatchObject({
      allocated: before.allocated - 700_000,
      available: before.available + 700_000,
      disbursed: before.disbursed,
    });
    expect((await call(service, auditor, 'GET', `/allocations/${id}`)).body).toMatchObject({
      status: 'RELEASED',
      releasedAmount: 700_000,
      disbursed: 300_000,
    });
    const entries = await db(service).query(
      `SELECT kind, amount::int, allocated_change::int AS allocated, disbursed_change::int AS disbursed, reason
         FROM ledger_entries WHERE allocation_id = $1 ORDER BY seq`,
      [id],
    );
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'ALLOCATED', amount: 1_000_000, allocated: 1_000_000, disbursed: 0 }),
      expect.objectContaining({ kind: 'DISBURSED', amount: 300_000, allocated: 0, disbursed: 300_000 }),
      { kind: 'RELEASED', amount: 700_000, allocated: -700_000, disbursed: 0, reason: 'program cancelled' },
    ]);
    const late = await call(service, financeOfficer(), 'POST', `/allocations/${id}/disbursements`, {
      amount: 1,
      date: '2027-02-02',
      description: 'late',
      reference: 'SP2D-0002',
    });
    expect(late.status).toBe(409);
  });

  it('rejects a still-pending request when its program is cancelled', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 5_000_000));
    await eventually(
      () => allocationsOf(programId),
      (rows: unknown[]) => rows.length === 1,
    );
    await publishTestEvent(ProgramCancelledV1, programId, {
      agreementId,
      facilityCode: 'LAPAS-MUARA-SABAK',
      track: 'KEMANDIRIAN',
      reason: 'no participants',
    });
    const [outcome] = await outcomeOf({ programId });
    expect(outcome.envelope).toMatchObject({
      type: 'allocation.rejected',
      data: { reason: 'program cancelled' },
    });
  });

  it('records disbursements only within the allocation, by the owner, with valid amounts', async () => {
    const programId = uuidv7();
    await publishTestEvent(ProgramFundingRequestedV1, programId, fundingRequest(agreementId, 100_000));
    const [approved] = await outcomeOf({ programId });
    const path = `/allocations/${approved.key}/disbursements`;
    const body = { amount: 100_000, date: '2027-03-01', description: 'stipends', reference: 'SP2D-9' };
    expect((await call(service, financeOfficer(PARTNER), 'POST', path, body)).status).toBe(403);
    for (const amount of [0.5, -1, 10 ** 15 + 1, '10', 0]) {
      const bad = await call(service, financeOfficer(), 'POST', path, { ...body, amount });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('amount');
    }
    expect(
      (await call(service, financeOfficer(), 'POST', path, { ...body, date: '2027-02-30' })).status,
    ).toBe(400);
    expect((await call(service, financeOfficer(), 'POST', path, { ...body, amount: 100_001 })).status).toBe(
      409,
    );
    expect((await call(service, financeOfficer(), 'POST', path, body)).status).toBe(201);
    const [recorded] = await probe.waitFor(
      (m) => m.key === approved.key && m.envelope!.type === 'disbursement.recorded',
    );
    expect(recorded.envelope!.data).toMatchObject({ amount: 100_000, disbursedTotal: 100_000, programId });
    const ledger = await db(service).query(
      `SELECT count(*)::int AS n FROM ledger_entries WHERE allocation_id = $1 AND kind = 'DISBURSED'`,
      [approved.key],
    );
    expect(ledger[0].n).toBe(1);
  });

  it('lists allocations within scope with filters', async () => {
    const mine = await call(
      service,
      financeOfficer(),
      'GET',
      `/allocations?agreementId=${agreementId}&status=APPROVED&limit=500`,
    );
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(
      mine.body.items.every((a: JsonBody) => a.status === 'APPROVED' && a.agreementId === agreementId),
    ).toBe(true);
    const party = await call(service, financeOfficer(PARTNER), 'GET', `/allocations?budgetId=${budgetId}`);
    expect(party.body.items.length).toBeGreaterThan(0);
    const outsider = await call(service, financeOfficer('PEMKAB-BUNGO'), 'GET', `/allocations?limit=500`);
    expect(outsider.body.items).toEqual([]);
    const page = await call(service, auditor, 'GET', `/allocations?limit=2`);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.nextCursor).toBe(page.body.items[1].id);
    expect((await call(service, auditor, 'GET', `/allocations?status=LOST`)).status).toBe(400);
  });
});
