import type { CallerIdentity, RunningService } from '@sinergi/platform';
import {
  activeAgreement,
  admin,
  auditor,
  call,
  fundedProgram,
  programInput,
  programOfficer,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  unique,
} from './support';

const officer = (agencyCode: string, role: string): CallerIdentity => ({
  clientId: `${role}-${agencyCode}`,
  agencyCode,
  roles: [role],
});

describe('program scope: the running facility, the agreement’s parties, platform-admins and auditors', () => {
  let service: RunningService;
  const facility = unique('LAPAS-MUARO-JAMBI');
  const partyFacility = unique('RUTAN-JAMBI');
  const pemkab = unique('PEMKAB-MUARO-JAMBI');
  const outsider = unique('PEMKAB-KERINCI');
  const otherProvinceFacility = unique('LAPAS-PEKANBARU');
  const kanwilRiau = unique('KANWIL-RIAU');
  let agreementId: string;
  let programId: string;

  beforeAll(async () => {
    service = await startRehabilitation();
    await registerAgency(service, facility, 'LAPAS', '1505');
    await registerAgency(service, partyFacility, 'RUTAN', '1571');
    await registerAgency(service, pemkab, 'PEMKAB', '1505');
    await registerAgency(service, outsider, 'PEMKAB', '1501');
    await registerAgency(service, otherProvinceFacility, 'LAPAS', '1471');
    await registerAgency(service, kanwilRiau, 'KANWIL_PAS', '14');
    // Parties: the regency, the Kanwil of Jambi province (15) and one RUTAN directly.
    agreementId = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] }, [
      pemkab,
      'KANWIL-PAS-JAMBI',
      partyFacility,
    ]);
    programId = await fundedProgram(service, agreementId, facility);
    const participant = await registerParticipant(service, facility);
    expect(
      (
        await call(service, admin, 'POST', `/programs/${programId}/enrollments`, {
          participantId: participant.id,
        })
      ).status,
    ).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
  });

  it.each([
    ['finance-officer', 'finance-officer'],
    ['agreement-officer', 'agreement-officer'],
    ['program-officer of another province', 'program-officer'],
  ])(
    'hides programs and enrolments from a %s of an agency party to nothing (404, empty lists)',
    async (_name, role) => {
      const caller = officer(role === 'program-officer' ? otherProvinceFacility : outsider, role);
      const list = await call(service, caller, 'GET', '/programs?limit=500');
      expect([list.status, list.body.items]).toEqual([200, []]);
      const byAgreement = await call(service, caller, 'GET', `/programs?agreementId=${agreementId}`);
      expect(byAgreement.body.items).toEqual([]);
      const byFacility = await call(service, caller, 'GET', `/programs?facilityCode=${facility}`);
      expect(byFacility.body.items).toEqual([]);
      expect((await call(service, caller, 'GET', `/programs/${programId}`)).status).toBe(404);
      const enrolments = await call(service, caller, 'GET', `/programs/${programId}/enrollments`);
      expect([enrolments.status, enrolments.body.code]).toEqual([404, 'resource.not-found']);
    },
  );

  it('shows them to the running facility, to parties of the agreement and to auditors', async () => {
    for (const caller of [
      programOfficer(facility),
      officer(pemkab, 'agreement-officer'),
      officer(pemkab, 'finance-officer'),
      programOfficer(partyFacility),
      auditor,
    ]) {
      const list = await call(service, caller, 'GET', `/programs?agreementId=${agreementId}`);
      expect([caller.agencyCode, list.body.items.map((p: { id: string }) => p.id)]).toEqual([
        caller.agencyCode,
        [programId],
      ]);
      expect((await call(service, caller, 'GET', `/programs/${programId}`)).status).toBe(200);
      const enrolments = await call(service, caller, 'GET', `/programs/${programId}/enrollments`);
      expect(enrolments.body.items).toHaveLength(1);
    }
  });

  it('lets only the running facility change the program: a party facility gets 403, an outsider 404', async () => {
    const party = await call(service, programOfficer(partyFacility), 'POST', `/programs/${programId}/start`);
    expect([party.status, party.body.code]).toEqual([403, 'auth.forbidden']);
    const stranger = await call(
      service,
      programOfficer(otherProvinceFacility),
      'POST',
      `/programs/${programId}/sessions`,
      { date: '2027-03-01', topic: 'x' },
    );
    expect(stranger.status).toBe(404);
    expect(
      (await call(service, programOfficer(facility), 'POST', `/programs/${programId}/start`)).status,
    ).toBe(200);
  });

  it('plans programs only under an agreement the facility is party to or whose Kanwil is of its province', async () => {
    const plan = (facilityCode: string, agreement = agreementId) =>
      call(service, programOfficer(facilityCode), 'POST', '/programs', programInput(agreement, facilityCode));
    expect((await plan(facility)).status).toBe(201); // LAPAS of Jambi province: the Kanwil of 15 is a party
    expect((await plan(partyFacility)).status).toBe(201); // a party itself
    const foreign = await plan(otherProvinceFacility); // Riau's LAPAS under Jambi's MoU
    expect([foreign.status, foreign.body.code]).toEqual([404, 'resource.not-found']);
    // An agreement of Riau's Kanwil with a regency of another province is out of Jambi facilities' reach.
    const riau = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] }, [outsider, kanwilRiau]);
    expect((await plan(otherProvinceFacility, riau)).status).toBe(201);
    const outOfProvince = await plan(facility, riau);
    expect([outOfProvince.status, outOfProvince.body.code]).toEqual([404, 'resource.not-found']);
    // platform-admins plan for a facility only where the facility itself may act.
    const byAdmin = await call(service, admin, 'POST', '/programs', programInput(riau, facility));
    expect(byAdmin.status).toBe(404);
  });
});
