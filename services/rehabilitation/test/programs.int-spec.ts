import { randomUUID } from 'node:crypto';
import {
  AgreementActivatedV1,
  AgreementAmendedV1,
  AgreementSignedV1,
  AgreementTerminatedV1,
  AllocationRejectedV1,
  AllocationApprovedV1,
  Topics,
} from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe, eventually, publishTestEvent } from '@sinergi/testing';
import {
  activeAgreement,
  admin,
  allocationAnswer,
  auditor,
  call,
  database,
  fundedProgram,
  programInput,
  programOfficer,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  unique,
} from './support';

describe('programs under agreements known from Kafka, and their funding saga', () => {
  let service: RunningService;
  let probe: EventProbe;
  const facility = unique('LAPAS-MUARO-JAMBI');
  const otherFacility = unique('RUTAN-JAMBI');
  const bapas = unique('BAPAS-JAMBI');

  beforeAll(async () => {
    service = await startRehabilitation();
    probe = await EventProbe.start([Topics.program]);
    await registerAgency(service, facility, 'LAPAS');
    await registerAgency(service, otherFacility, 'RUTAN');
    await registerAgency(service, bapas, 'BAPAS');
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  it('refuses a program under an agreement not known yet, then accepts it once the agreement arrives', async () => {
    const early = await call(service, admin, 'POST', '/programs', programInput(randomUUID(), facility));
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('program.agreement-not-usable');
    expect(early.body.detail).toMatch(/is not known yet/);

    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const created = await call(
      service,
      programOfficer(facility),
      'POST',
      '/programs',
      programInput(agreementId, facility),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'DRAFT',
      fundingStatus: 'NOT_REQUESTED',
      enrolledCount: 0,
      completedCount: 0,
      budgetRequested: 150_000_000,
    });
    const [event] = await probe.waitFor(
      (m) => m.key === created.body.id && m.envelope?.type === 'program.created',
    );
    expect(event.envelope!.data).toEqual({
      agreementId,
      facilityCode: facility,
      track: 'KEMANDIRIAN',
      category: 'WELDING',
    });
  });

  it('names the failing rule: scope, term, facility kind', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const wrongTrack = await call(
      service,
      admin,
      'POST',
      '/programs',
      programInput(agreementId, facility, { track: 'KEPRIBADIAN' }),
    );
    expect(wrongTrack.status).toBe(409);
    expect(wrongTrack.body.detail).toMatch(
      /do not cover track KEPRIBADIAN \(needs PERSONALITY_DEVELOPMENT\)/,
    );

    const outsideTerm = await call(
      service,
      admin,
      'POST',
      '/programs',
      programInput(agreementId, facility, { endDate: '2030-01-31' }),
    );
    expect(outsideTerm.status).toBe(409);
    expect(outsideTerm.body.detail).toMatch(/outside the agreement term 2027-01-01..2029-12-31/);

    const notAFacility = await call(service, admin, 'POST', '/programs', programInput(agreementId, bapas));
    expect(notAFacility.status).toBe(409);
    expect(notAFacility.body.detail).toMatch(/is a BAPAS, not a LAPAS or RUTAN/);

    const backwards = await call(service, admin, 'POST', '/programs', {
      ...programInput(agreementId, facility, { startDate: '2027-06-01', endDate: '2027-05-01' }),
      capacity: 0,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(['capacity']);
  });

  it('follows amendments and stops new programs once the agreement is terminated', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['PERSONALITY_DEVELOPMENT'] });
    const kemandirian = programInput(agreementId, facility);
    expect((await call(service, admin, 'POST', '/programs', kemandirian)).status).toBe(409);

    await publishTestEvent(AgreementAmendedV1, agreementId, {
      version: 2,
      changes: {
        scopes: ['PERSONALITY_DEVELOPMENT', 'ENTREPRENEURSHIP'],
        endDate: '2027-06-30',
        title: 'Addendum I',
      },
    });
    await eventually(
      () => database(service).query(`SELECT version FROM known_agreement WHERE id = $1`, [agreementId]),
      (rows: Array<{ version: number }>) => rows[0].version === 2,
    );
    const shortened = await call(service, admin, 'POST', '/programs', kemandirian);
    expect(shortened.status).toBe(409);
    expect(shortened.body.detail).toMatch(/term 2027-01-01..2027-06-30/);
    expect(
      (await call(service, admin, 'POST', '/programs', { ...kemandirian, endDate: '2027-06-30' })).status,
    ).toBe(201);

    await publishTestEvent(AgreementTerminatedV1, agreementId, { reason: 'dibatalkan' });
    await eventually(
      () => database(service).query(`SELECT status FROM known_agreement WHERE id = $1`, [agreementId]),
      (rows: Array<{ status: string }>) => rows[0].status === 'TERMINATED',
    );
    const afterTermination = await call(service, admin, 'POST', '/programs', {
      ...kemandirian,
      endDate: '2027-06-30',
    });
    expect(afterTermination.status).toBe(409);
    expect(afterTermination.body.detail).toMatch(/is TERMINATED, not ACTIVE/);
  });

  it('applies agreement events that arrive out of order (activation before signature)', async () => {
    const agreementId = randomUUID();
    await publishTestEvent(AgreementActivatedV1, agreementId, {});
    await eventually(
      () => database(service).query(`SELECT status FROM known_agreement WHERE id = $1`, [agreementId]),
      (rows: Array<{ status: string }>) => rows[0]?.status === 'ACTIVE',
    );
    const early = await call(service, admin, 'POST', '/programs', programInput(agreementId, facility));
    expect(early.body.detail).toMatch(/is not known yet/);
    await publishTestEvent(AgreementSignedV1, agreementId, {
      partyCodes: ['PEMKAB-MUARO-JAMBI', 'KANWIL-PAS-JAMBI'],
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      scopes: ['SKILLS_TRAINING'],
      kind: 'PKS',
      parentAgreementId: randomUUID(),
    });
    await eventually(
      () =>
        database(service).query(`SELECT status, end_date FROM known_agreement WHERE id = $1`, [agreementId]),
      (rows: Array<{ status: string; end_date: string | null }>) => rows[0].end_date !== null,
    );
    expect(
      (await call(service, admin, 'POST', '/programs', programInput(agreementId, facility))).status,
    ).toBe(201);
  });

  it('funding approved: AWAITING_FUNDING, then FUNDED with program.funded', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const { body: program } = await call(
      service,
      admin,
      'POST',
      '/programs',
      programInput(agreementId, facility),
    );
    const requested = await call(
      service,
      programOfficer(facility),
      'POST',
      `/programs/${program.id}/request-funding`,
    );
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ status: 'AWAITING_FUNDING', fundingStatus: 'PENDING' });
    const [request] = await probe.waitFor(
      (m) => m.key === program.id && m.envelope?.type === 'program.funding-requested',
    );
    expect(request.envelope!.data).toEqual({
      agreementId,
      facilityCode: facility,
      track: 'KEMANDIRIAN',
      amount: 150_000_000,
      fiscalYear: 2027,
    });
    expect((await call(service, admin, 'POST', `/programs/${program.id}/request-funding`)).status).toBe(409);

    const allocationId = randomUUID();
    const approval = allocationAnswer(agreementId, program.id);
    const approved = await publishTestEvent(AllocationApprovedV1, allocationId, approval);
    await publishTestEvent(AllocationApprovedV1, allocationId, approval); // a second answer changes nothing
    const funded = await eventually(
      () => call(service, admin, 'GET', `/programs/${program.id}`),
      (reply) => reply.body.status === 'FUNDED',
    );
    expect(funded.body).toMatchObject({ fundingStatus: 'APPROVED', allocationId });
    const [fundedEvent] = await probe.waitFor(
      (m) => m.key === program.id && m.envelope?.type === 'program.funded',
    );
    expect(fundedEvent.envelope!.data).toMatchObject({ allocationId, agreementId });
    expect(fundedEvent.envelope!.causationId).toBe(approved.id);

    expect((await call(service, admin, 'POST', `/programs/${program.id}/start`)).body.status).toBe(
      'IN_PROGRESS',
    );
    const completed = await call(service, admin, 'POST', `/programs/${program.id}/complete`);
    expect(completed.body.status).toBe('COMPLETED');
    const cancelLate = await call(service, admin, 'POST', `/programs/${program.id}/cancel`, {
      reason: 'late',
    });
    expect(cancelLate.status).toBe(409);
    expect(cancelLate.body.code).toBe('program.invalid-state');
    expect(cancelLate.body.detail).toMatch(/program is COMPLETED/);
    await probe.waitFor((m) => m.key === program.id && m.envelope?.type === 'program.completed');
  });

  it('funding rejected: back to DRAFT with the reason, may be requested again, and cancellation is published', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const { body: program } = await call(
      service,
      admin,
      'POST',
      '/programs',
      programInput(agreementId, facility),
    );
    await call(service, admin, 'POST', `/programs/${program.id}/request-funding`);
    await publishTestEvent(AllocationRejectedV1, randomUUID(), {
      ...allocationAnswer(agreementId, program.id),
      reason: 'pagu APBD 2027 habis',
    } as unknown as AllocationRejectedV1);
    const rejected = await eventually(
      () => call(service, admin, 'GET', `/programs/${program.id}`),
      (reply) => reply.body.status === 'DRAFT',
    );
    expect(rejected.body).toMatchObject({
      fundingStatus: 'REJECTED',
      rejectionReason: 'pagu APBD 2027 habis',
    });
    const [event] = await probe.waitFor(
      (m) => m.key === program.id && m.envelope?.type === 'program.funding-rejected',
    );
    expect(event.envelope!.data).toMatchObject({ reason: 'pagu APBD 2027 habis' });

    expect((await call(service, admin, 'POST', `/programs/${program.id}/start`)).status).toBe(409);
    const again = await call(service, admin, 'POST', `/programs/${program.id}/request-funding`);
    expect(again.body).toMatchObject({ status: 'AWAITING_FUNDING', rejectionReason: null });

    const cancelled = await call(service, admin, 'POST', `/programs/${program.id}/cancel`, {
      reason: 'tidak jadi',
    });
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', cancellationReason: 'tidak jadi' });
    const [cancellation] = await probe.waitFor(
      (m) => m.key === program.id && m.envelope?.type === 'program.cancelled',
    );
    expect(cancellation.envelope!.data).toEqual({
      agreementId,
      facilityCode: facility,
      track: 'KEMANDIRIAN',
      reason: 'tidak jadi',
    });
    expect((await call(service, admin, 'POST', `/programs/${program.id}/cancel`, {})).status).toBe(400);
  });

  it('cancelling a program drops its active enrolments (reason PROGRAM_CANCELLED) with enrollment.dropped events', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const programId = await fundedProgram(service, agreementId, facility);
    expect((await call(service, admin, 'POST', `/programs/${programId}/start`)).status).toBe(200);
    const people = [
      await registerParticipant(service, facility),
      await registerParticipant(service, facility),
      await registerParticipant(service, facility),
    ];
    const enrolmentIds: string[] = [];
    for (const person of people) {
      const reply = await call(service, admin, 'POST', `/programs/${programId}/enrollments`, {
        participantId: person.id,
      });
      expect(reply.status).toBe(201);
      enrolmentIds.push(reply.body.id);
    }
    expect((await call(service, admin, 'POST', `/enrollments/${enrolmentIds[2]}/fail`, {})).status).toBe(200);

    const participantProbe = await EventProbe.start([Topics.participant]);
    try {
      const cancelled = await call(
        service,
        programOfficer(facility),
        'POST',
        `/programs/${programId}/cancel`,
        {
          reason: 'instruktur mundur',
        },
      );
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'CANCELLED', enrolledCount: 1, completedCount: 0 });

      const listed = await call(service, admin, 'GET', `/programs/${programId}/enrollments`);
      expect(
        listed.body.items.map((e: { id: string; status: string; reason: string | null }) => [
          e.id,
          e.status,
          e.reason,
        ]),
      ).toEqual([
        [enrolmentIds[0], 'DROPPED', 'PROGRAM_CANCELLED'],
        [enrolmentIds[1], 'DROPPED', 'PROGRAM_CANCELLED'],
        [enrolmentIds[2], 'FAILED', null],
      ]);
      const drops = await participantProbe.waitFor(
        (m) =>
          m.envelope?.type === 'enrollment.dropped' &&
          (m.envelope.data as { programId: string }).programId === programId,
        2,
      );
      expect(
        drops
          .map((m) => [m.key, (m.envelope!.data as { reason: string }).reason])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ).toEqual([people[0].id, people[1].id].sort().map((id) => [id, 'PROGRAM_CANCELLED']));
    } finally {
      await participantProbe.stop();
    }
  });

  it('keeps program-officers inside their own facility', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const { body: program } = await call(
      service,
      admin,
      'POST',
      '/programs',
      programInput(agreementId, facility),
    );
    const stranger = programOfficer(otherFacility);
    expect((await call(service, stranger, 'GET', `/programs/${program.id}`)).status).toBe(404);
    expect((await call(service, stranger, 'POST', `/programs/${program.id}/request-funding`)).status).toBe(
      404,
    );
    expect(
      (await call(service, stranger, 'POST', '/programs', programInput(agreementId, facility))).status,
    ).toBe(403);
    const theirs = await call(service, stranger, 'GET', `/programs?agreementId=${agreementId}`);
    expect(theirs.body.items).toEqual([]);
    const mine = await call(service, programOfficer(facility), 'GET', `/programs?agreementId=${agreementId}`);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([program.id]);
    expect((await call(service, auditor, 'GET', `/programs/${program.id}`)).status).toBe(200);
    expect((await call(service, auditor, 'POST', `/programs/${program.id}/request-funding`)).status).toBe(
      403,
    );
  });
});
