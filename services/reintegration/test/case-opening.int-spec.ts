import { Topics, uuidv7 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe, eventually, startTestService } from '@sinergi/testing';
import { reintegrationService } from '../src/service';
import { casesOf, client, completion, probationOfficer, publishEvents, release } from './support';

describe('cases opened from rehabilitation events (real Kafka and PostgreSQL)', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  let probe: EventProbe;
  const bapas = `BAPAS-OPEN-${uuidv7().slice(-6)}`;

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    call = client(service);
    probe = await EventProbe.start([Topics.case]);
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  it('opens exactly one case per release, whatever is replayed, with training from before and after the release', async () => {
    const participantId = uuidv7();
    const [agreementA, agreementB] = [uuidv7(), uuidv7()];
    const [trainedBefore, released] = await publishEvents([
      completion(participantId, agreementA, 'KEMANDIRIAN'),
      release(participantId, '2026-03-10', bapas),
    ]);

    const [opened] = await casesOf(call, participantId);
    expect(opened).toMatchObject({
      participantId,
      bapasCode: bapas,
      status: 'OPEN',
      releaseDate: '2026-03-10',
      releaseType: 'PAROLE',
      facilityCode: 'LAPAS-JAMBI',
      placements: [],
      followUps: [],
      grants: [],
    });
    expect(opened.pathways.map((p: { pathway: string; status: string }) => [p.pathway, p.status])).toEqual(
      [
        'EMPLOYMENT',
        'ENTREPRENEURSHIP',
        'IDENTITY_DOCUMENTS',
        'HOUSING',
        'FAMILY_COMMUNITY',
        'HEALTH',
        'FINANCE',
      ].map((pathway) => [pathway, 'NOT_STARTED']),
    );
    expect(opened.trainingHistory).toEqual([
      expect.objectContaining({
        agreementId: agreementA,
        track: 'KEMANDIRIAN',
        certificateNumber: (trainedBefore.data as { certificateNumber: string }).certificateNumber,
        completedAt: new Date(trainedBefore.occurredAt).toISOString(),
      }),
    ]);
    const [caseOpened] = await probe.waitFor(
      (m) => m.envelope?.type === 'case.opened' && m.key === opened.id,
    );
    expect(caseOpened.envelope!.data).toEqual({
      participantId,
      agreementIds: [agreementA],
      bapasCode: bapas,
      releaseDate: '2026-03-10',
    });

    // The same event again, another announcement of a release while the case is open, then a
    // completion: all keyed by the participant, so once the completion shows, the others were handled.
    await publishEvents([
      { ...release(participantId, '2026-03-10', bapas), id: released.id },
      release(participantId, '2026-04-01', bapas),
      completion(participantId, agreementB, 'KEPRIBADIAN'),
    ]);
    const cases = await casesOf(call, participantId, ([c]) => c?.trainingHistory.length === 2);
    expect(cases).toHaveLength(1);
    expect(cases[0].id).toBe(opened.id);
    expect(cases[0].trainingHistory.map((t: { agreementId: string }) => t.agreementId)).toEqual([
      agreementA,
      agreementB,
    ]);
    // A wrong second case.opened would be relayed before the case opened for a later release.
    const later = uuidv7();
    await publishEvents([release(later, '2026-04-02', bapas)]);
    await probe.waitFor(
      (m) =>
        m.envelope?.type === 'case.opened' &&
        (m.envelope.data as { participantId: string }).participantId === later,
    );
    expect(
      probe.messages.filter(
        (m) =>
          m.envelope?.type === 'case.opened' &&
          (m.envelope.data as { participantId: string }).participantId === participantId,
      ),
    ).toHaveLength(1);
  });

  it('opens a new case when a participant whose case closed on a reoffence is released again', async () => {
    const participantId = uuidv7();
    const officer = probationOfficer(bapas);
    await publishEvents([release(participantId, '2026-01-15', bapas)]);
    const [first] = await casesOf(call, participantId);

    const reoffence = await call('POST', `/reintegration/cases/${first.id}/reoffences`, officer, {
      date: '2026-06-01',
      kind: 'NEW_CONVICTION',
      notes: 'theft',
    });
    expect(reoffence.status).toBe(201);
    expect(reoffence.body).toMatchObject({
      id: first.id,
      status: 'CLOSED_REOFFENDED',
      reoffence: { date: '2026-06-01', kind: 'NEW_CONVICTION', notes: 'theft' },
    });
    const [recorded] = await probe.waitFor(
      (m) => m.envelope?.type === 'reoffence.recorded' && m.key === first.id,
    );
    expect(recorded.envelope!.data).toEqual({
      participantId,
      agreementIds: [],
      date: '2026-06-01',
      kind: 'NEW_CONVICTION',
      releaseDate: '2026-01-15',
    });
    const [closed] = await probe.waitFor((m) => m.envelope?.type === 'case.closed' && m.key === first.id);
    expect(closed.envelope!.data).toMatchObject({ outcome: 'CLOSED_REOFFENDED' });

    const otherBapas = `${bapas}-2`;
    await publishEvents([release(participantId, '2026-09-01', otherBapas)]);
    const cases = await casesOf(call, participantId, (found) => found.length === 2);
    expect(cases.map((c) => [c.status, c.bapasCode, c.releaseDate])).toEqual([
      ['CLOSED_REOFFENDED', bapas, '2026-01-15'],
      ['OPEN', otherBapas, '2026-09-01'],
    ]);
    await eventually(
      async () => probe.messages.filter((m) => m.envelope?.type === 'case.opened' && m.key === cases[1].id),
      (found) => found.length === 1,
    );
  });
});
