import type { CallerIdentity, RunningService } from '@sinergi/platform';
import { callService } from '@sinergi/testing';
import {
  activeAgreement,
  admin,
  auditor,
  call,
  fundedProgram,
  KANWIL_JAMBI,
  programInput,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  unique,
} from './support';

const DASHBOARD = 'GET /dashboard';
const viewer = (agencyCode: string): CallerIdentity => ({
  clientId: `viewer-${agencyCode}`,
  agencyCode,
  roles: ['viewer'],
});

describe('the programs summary of every agreement (GET /summaries/agreements, for the dashboard only)', () => {
  let service: RunningService;
  const facility = unique('LAPAS-MUARO-JAMBI');
  const pemkab = unique('PEMKAB-MUARO-JAMBI');
  const kerinci = unique('PEMKAB-KERINCI');
  const stranger = unique('PEMKAB-SAROLANGUN');
  let ours: string;
  let theirs: string;

  const summary = (caller: CallerIdentity, query = '', via: string | undefined = DASHBOARD) =>
    callService<{ items: Array<{ agreementId: string }> }>(
      service,
      caller,
      'GET',
      `/summaries/agreements${query}`,
      undefined,
      via,
    );
  const itemsOf = async (caller: CallerIdentity) => {
    const answer = await summary(caller);
    expect(answer.status).toBe(200);
    return answer.body.items.filter((i) => [ours, theirs].includes(i.agreementId));
  };

  beforeAll(async () => {
    service = await startRehabilitation();
    await registerAgency(service, facility, 'LAPAS', '1505');
    await registerAgency(service, pemkab, 'PEMKAB', '1505');
    await registerAgency(service, kerinci, 'PEMKAB', '1501');
    await registerAgency(service, stranger, 'PEMKAB', '1503');
    ours = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] }, [pemkab, KANWIL_JAMBI]);
    theirs = await activeAgreement(service, { scopes: ['SKILLS_TRAINING'] }, [kerinci, KANWIL_JAMBI]);
    // Ours: a funded program with two enrolments (one dropped), then a draft; theirs: a draft.
    const funded = await fundedProgram(service, ours, facility);
    for (const dropped of [false, true]) {
      const participant = await registerParticipant(service, facility);
      const enrolled = await call(service, admin, 'POST', `/programs/${funded}/enrollments`, {
        participantId: participant.id,
      });
      expect(enrolled.status).toBe(201);
      if (dropped)
        expect(
          (await call(service, admin, 'POST', `/enrollments/${enrolled.body.id}/drop`, { reason: 'moved' }))
            .status,
        ).toBe(200);
    }
    for (const agreementId of [ours, theirs])
      expect(
        (await call(service, admin, 'POST', '/programs', programInput(agreementId, facility))).status,
      ).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
  });

  const OURS = () => ({
    agreementId: ours,
    total: 2,
    byStatus: { FUNDED: 1, DRAFT: 1 },
    enrolled: 1,
    completed: 0,
  });
  const THEIRS = () => ({ agreementId: theirs, total: 1, byStatus: { DRAFT: 1 }, enrolled: 0, completed: 0 });

  it('counts the programs of each agreement the caller’s agency is a party to, and no other', async () => {
    expect(await itemsOf(viewer(pemkab))).toEqual([OURS()]);
    expect(await itemsOf(viewer(kerinci))).toEqual([THEIRS()]);
    expect(await itemsOf(viewer(stranger))).toEqual([]);
  });

  it('counts the programs a facility runs, and every program for an auditor, as the programs list does', async () => {
    const both = [OURS(), THEIRS()].sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1));
    expect(await itemsOf(viewer(facility))).toEqual(both);
    expect(await itemsOf(auditor)).toEqual(both);
    const listed = await call(service, auditor, 'GET', `/programs?agreementId=${ours}`);
    expect(listed.body.items.map((p: { status: string }) => p.status)).toEqual(['FUNDED', 'DRAFT']);
    expect(listed.body.items.map((p: { enrolledCount: number }) => p.enrolledCount)).toEqual([1, 0]);
  });

  it('counts one agreement for its overview, within the same scope, and refuses an agreement id that is not one', async () => {
    const overview = 'GET /agreements/:id/overview';
    expect((await summary(viewer(pemkab), `?agreementId=${ours}`, overview)).body.items).toEqual([OURS()]);
    expect((await summary(auditor, `?agreementId=${theirs}`, overview)).body.items).toEqual([THEIRS()]);
    expect((await summary(viewer(stranger), `?agreementId=${ours}`, overview)).body.items).toEqual([]);
    const malformed = await summary(viewer(pemkab), '?agreementId=not-an-id', overview);
    expect(malformed.status).toBe(400);
    const problem = malformed.body as unknown as { detail: string; errors: unknown };
    expect(problem.detail).toBe('1 invalid field(s): agreementId');
    expect(problem.errors).toEqual([{ field: 'agreementId', message: 'agreementId must be a UUID' }]);
  });

  it('is read only through the dashboard or an overview (or by a platform-admin)', async () => {
    expect(
      (await summary(viewer(pemkab), '', 'GET /agreements/:id/evaluations/:evaluationId/report.pdf')).status,
    ).toBe(403);
    expect((await callService(service, viewer(pemkab), 'GET', '/summaries/agreements')).status).toBe(403);
    expect((await callService(service, admin, 'GET', '/summaries/agreements')).status).toBe(200);
  });
});
