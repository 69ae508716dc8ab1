import {
  AgencyRegisteredV1,
  AgreementSignedV1,
  AllocationApprovedV1,
  AllocationRejectedV1,
  DisbursementRecordedV1,
  Topics,
  uuidv7,
} from '@sinergi/contracts';
import { Clock, type RunningService } from '@sinergi/platform';
import { EventProbe, eventually, publishTestEvent, startTestService } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { reintegrationService } from '../src/service';
import { casesOf, client, probationOfficer, publishEvents, release, type Json } from './support';

describe('start-up grants funded or rejected through budgeting’s allocation events', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  let probe: EventProbe;
  const bapas = `BAPAS-GRANT-${uuidv7().slice(-6)}`;
  const officer = probationOfficer(bapas);
  const agreementId = uuidv7();

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(new Date('2027-01-20T03:00:00Z'));
    call = client(service);
    probe = await EventProbe.start([Topics.case]);
    // The BAPAS may request grants under the agreement: it is a party.
    await publishTestEvent(AgencyRegisteredV1, bapas, {
      code: bapas,
      kind: 'BAPAS',
      regionCode: '1571',
      name: bapas,
    });
    await publishTestEvent(AgreementSignedV1, agreementId, {
      partyCodes: ['PEMKAB-MUARO-JAMBI', bapas],
      startDate: '2026-01-01',
      endDate: '2029-12-31',
      scopes: ['SOCIAL_REINTEGRATION'],
      kind: 'MOU',
      parentAgreementId: null,
    });
    await eventually(
      () =>
        service.app
          .get(DataSource)
          .query(`SELECT 1 FROM agreement_party WHERE agreement_id = $1`, [agreementId]),
      (rows: unknown[]) => rows.length === 1,
    );
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  /** Budgeting's answer to a grant request, as it would publish it. */
  const answer = (kind: 'approved' | 'rejected', caseId: string, grantId: string, allocationId = uuidv7()) =>
    kind === 'approved'
      ? publishTestEvent(AllocationApprovedV1, allocationId, {
          agreementId,
          fiscalYear: 2027,
          purpose: 'REINTEGRATION_GRANT',
          programId: null,
          caseId,
          grantId,
          budgetId: uuidv7(),
          amount: 5_000_000,
        })
      : publishTestEvent(AllocationRejectedV1, allocationId, {
          agreementId,
          fiscalYear: 2027,
          purpose: 'REINTEGRATION_GRANT',
          programId: null,
          caseId,
          grantId,
          reason: 'ceiling reached',
        });

  const grantsOf = (caseId: string, until: (grants: Json[]) => boolean) =>
    eventually(
      async () => (await call('GET', `/reintegration/cases/${caseId}`, officer)).body.grants as Json[],
      until,
    );

  it('requests a grant for the fiscal year of today, and funds or rejects it on budgeting’s answer', async () => {
    const participantId = uuidv7();
    await publishEvents([release(participantId, '2026-11-02', bapas)]);
    const [kase] = await casesOf(call, participantId);
    const path = `/reintegration/cases/${kase.id}/grants`;

    const invalid = await call('POST', path, officer, { agreementId: 'nope', amount: 1.5 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['agreementId', 'amount', 'purpose']),
    );

    const funded = await call('POST', path, officer, {
      agreementId,
      amount: 5_000_000,
      purpose: 'welding tools',
    });
    expect(funded.status).toBe(201);
    expect(funded.body).toMatchObject({
      status: 'PENDING',
      amount: 5_000_000,
      fiscalYear: 2027,
      agreementId,
    });
    const [requested] = await probe.waitFor(
      (m) =>
        m.envelope?.type === 'grant.requested' &&
        (m.envelope.data as { grantId: string }).grantId === funded.body.id,
    );
    expect(requested.key).toBe(kase.id);
    expect(requested.envelope!.data).toEqual({
      participantId,
      agreementIds: [],
      grantId: funded.body.id,
      agreementId,
      amount: 5_000_000,
      fiscalYear: 2027,
    });

    const rejected = await call('POST', path, officer, {
      agreementId,
      amount: 2_500_000,
      purpose: 'food stall',
    });
    expect(rejected.status).toBe(201);

    const allocationId = uuidv7();
    await answer('approved', kase.id, funded.body.id, allocationId);
    await answer('rejected', kase.id, rejected.body.id);
    const grants = await grantsOf(
      kase.id,
      (g) => g.length === 2 && g.every((grant) => grant.status !== 'PENDING'),
    );
    expect(grants).toEqual([
      expect.objectContaining({ id: funded.body.id, status: 'FUNDED', allocationId, rejectionReason: null }),
      expect.objectContaining({
        id: rejected.body.id,
        status: 'REJECTED',
        rejectionReason: 'ceiling reached',
      }),
    ]);
    const [fundedEvent] = await probe.waitFor(
      (m) => m.envelope?.type === 'grant.funded' && m.key === kase.id,
    );
    expect(fundedEvent.envelope!.data).toMatchObject({ grantId: funded.body.id, allocationId });
    const [rejectedEvent] = await probe.waitFor(
      (m) => m.envelope?.type === 'grant.rejected' && m.key === kase.id,
    );
    expect(rejectedEvent.envelope!.data).toMatchObject({
      grantId: rejected.body.id,
      reason: 'ceiling reached',
    });
  });

  it('shows what budgeting disbursed on a funded grant, whatever order the totals arrive in', async () => {
    const participantId = uuidv7();
    await publishEvents([release(participantId, '2026-11-04', bapas)]);
    const [kase] = await casesOf(call, participantId);
    const grant = (
      await call('POST', `/reintegration/cases/${kase.id}/grants`, officer, {
        agreementId,
        amount: 5_000_000,
        purpose: 'sewing machine',
      })
    ).body;
    const allocationId = uuidv7();
    await answer('approved', kase.id, grant.id, allocationId);
    const disbursed = (amount: number, disbursedTotal: number, date: string) =>
      publishTestEvent(DisbursementRecordedV1, allocationId, {
        agreementId,
        fiscalYear: 2027,
        purpose: 'REINTEGRATION_GRANT',
        programId: null,
        caseId: kase.id,
        grantId: grant.id,
        amount,
        disbursedTotal,
        date,
      });
    await disbursed(2_000_000, 2_000_000, '2027-01-10');
    await disbursed(1_500_000, 3_500_000, '2027-01-18');
    await disbursed(2_000_000, 2_000_000, '2027-01-10'); // an earlier total re-sent late
    await disbursed(500_000, 4_000_000, '2027-01-19');
    const [shown] = await grantsOf(kase.id, (g) => g[0]?.disbursed === 4_000_000);
    expect(shown).toMatchObject({
      id: grant.id,
      status: 'FUNDED',
      allocationId,
      amount: 5_000_000,
      disbursed: 4_000_000,
      lastDisbursedOn: '2027-01-19',
    });
  });

  it('keeps a decided grant as it is when a contradicting answer arrives late', async () => {
    const participantId = uuidv7();
    await publishEvents([release(participantId, '2026-11-03', bapas)]);
    const [kase] = await casesOf(call, participantId);
    const path = `/reintegration/cases/${kase.id}/grants`;
    const first = (await call('POST', path, officer, { agreementId, amount: 1_000_000, purpose: 'seeds' }))
      .body;
    const second = (await call('POST', path, officer, { agreementId, amount: 1_000_000, purpose: 'nets' }))
      .body;

    const allocationId = uuidv7();
    await answer('rejected', kase.id, first.id, allocationId);
    await grantsOf(kase.id, (g) => g[0].status === 'REJECTED');
    // Same message key, so the second grant's answer is handled after the late approval.
    await answer('approved', kase.id, first.id, allocationId);
    await answer('approved', kase.id, second.id, allocationId);
    const grants = await grantsOf(kase.id, (g) => g[1].status === 'FUNDED');
    expect(grants[0]).toMatchObject({ status: 'REJECTED', rejectionReason: 'ceiling reached' });
    // The case's events keep their order on Kafka: a wrong grant.funded for the first grant would
    // arrive before the second grant's, so look once that one is there.
    await probe.waitFor(
      (m) =>
        m.envelope?.type === 'grant.funded' && (m.envelope.data as { grantId: string }).grantId === second.id,
    );
    expect(
      probe.messages.filter(
        (m) =>
          m.envelope?.type === 'grant.funded' &&
          (m.envelope.data as { grantId: string }).grantId === first.id,
      ),
    ).toHaveLength(0);
  });
});
