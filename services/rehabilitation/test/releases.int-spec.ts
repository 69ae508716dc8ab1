import { Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe } from '@sinergi/testing';
import {
  activeAgreement,
  admin,
  call,
  expectOutboxFreeOfPersonalData,
  fundedProgram,
  programOfficer,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  unique,
} from './support';

describe('release of a participant', () => {
  let service: RunningService;
  let probe: EventProbe;
  const facility = unique('LAPAS-RELEASE');
  const bapas = unique('BAPAS-JAMBI');
  const release = {
    releaseDate: '2027-03-01',
    releaseType: 'PAROLE',
    bapasCode: bapas,
    domicileRegionCode: '1505',
  };

  beforeAll(async () => {
    service = await startRehabilitation();
    probe = await EventProbe.start([Topics.participant]);
    await registerAgency(service, facility, 'LAPAS');
    await registerAgency(service, bapas, 'BAPAS');
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  it('marks the participant RELEASED, drops active enrolments with reason RELEASED and tells the BAPAS', async () => {
    const agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] });
    const [active, other, finished] = await Promise.all(
      [1, 2, 3].map(() => fundedProgram(service, agreementId, facility)),
    );
    const person = await registerParticipant(service, facility);
    const enrolments: Record<string, string> = {};
    for (const programId of [active, other, finished]) {
      const reply = await call(service, admin, 'POST', `/programs/${programId}/enrollments`, {
        participantId: person.id,
      });
      enrolments[programId] = reply.body.id;
    }
    await call(service, admin, 'POST', `/enrollments/${enrolments[finished]}/fail`, {});

    const officer = programOfficer(facility);
    const unknownBapas = await call(service, officer, 'POST', `/participants/${person.id}/release`, {
      ...release,
      bapasCode: 'BAPAS-NOWHERE',
    });
    expect(unknownBapas.status).toBe(409);
    expect(unknownBapas.body.code).toBe('agency.unknown');
    expect(unknownBapas.body.detail).toMatch(/BAPAS-NOWHERE is not known yet/);
    const notBapas = await call(service, officer, 'POST', `/participants/${person.id}/release`, {
      ...release,
      bapasCode: facility,
    });
    expect(notBapas.body.code).toBe('agency.wrong-kind');
    expect(notBapas.body.detail).toMatch(/is a LAPAS, not a BAPAS/);

    const released = await call(service, officer, 'POST', `/participants/${person.id}/release`, release);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'RELEASED', ...release, facilityCode: facility });
    expect((await call(service, officer, 'POST', `/participants/${person.id}/release`, release)).status).toBe(
      409,
    );

    const statuses = await Promise.all(
      [active, other, finished].map(async (programId) => {
        const { body } = await call(service, admin, 'GET', `/programs/${programId}/enrollments`);
        return body.items.map((e: { status: string; reason: string | null }) => [e.status, e.reason]);
      }),
    );
    expect(statuses).toEqual([[['DROPPED', 'RELEASED']], [['DROPPED', 'RELEASED']], [['FAILED', null]]]);

    const [releasedEvent] = await probe.waitFor(
      (m) => m.key === person.id && m.envelope?.type === 'participant.released',
    );
    expect(releasedEvent.envelope!.data).toEqual({ ...release, facilityCode: facility });
    const drops = await probe.waitFor(
      (m) => m.key === person.id && m.envelope?.type === 'enrollment.dropped',
      2,
    );
    expect(drops.map((m) => (m.envelope!.data as { reason: string; programId: string }).reason)).toEqual([
      'RELEASED',
      'RELEASED',
    ]);
    expect(new Set(drops.map((m) => (m.envelope!.data as { programId: string }).programId))).toEqual(
      new Set([active, other]),
    );

    const reEnrol = await call(service, admin, 'POST', `/programs/${active}/enrollments`, {
      participantId: (await registerParticipant(service, facility)).id,
    });
    expect(reEnrol.status).toBe(201);
    const afterRelease = await call(service, admin, 'POST', `/programs/${other}/enrollments`, {
      participantId: person.id,
    });
    expect(afterRelease.status).toBe(409);
  });

  it('shows the NIK unmasked to the supervising BAPAS’s probation-officer only', async () => {
    const person = await registerParticipant(service, facility);
    await call(service, admin, 'POST', `/participants/${person.id}/release`, release);
    const supervisor = { clientId: 'pk-1', agencyCode: bapas, roles: ['probation-officer'] };
    expect((await call(service, supervisor, 'GET', `/participants/${person.id}`)).body).toMatchObject({
      nik: person.nik,
    });
    const otherBapas = { clientId: 'pk-2', agencyCode: 'BAPAS-LAIN', roles: ['probation-officer'] };
    expect((await call(service, otherBapas, 'GET', `/participants/${person.id}`)).status).toBe(404);
  });

  it('writes no NIK, name or birth date into any event', async () => {
    await expectOutboxFreeOfPersonalData(service);
  });
});
