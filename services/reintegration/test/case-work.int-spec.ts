import { Topics, uuidv7 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe, startTestService } from '@sinergi/testing';
import { reintegrationService } from '../src/service';
import { casesOf, client, probationOfficer, publishEvents, release } from './support';

const fields = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field).sort();

describe('working a case: pathways, placements, follow-ups, closing', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  let probe: EventProbe;
  const bapas = `BAPAS-WORK-${uuidv7().slice(-6)}`;
  const officer = probationOfficer(bapas);

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    call = client(service);
    probe = await EventProbe.start([Topics.case]);
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  const openCase = async (releaseDate = '2026-02-01') => {
    const participantId = uuidv7();
    await publishEvents([release(participantId, releaseDate, bapas)]);
    const [opened] = await casesOf(call, participantId);
    return opened as { id: string; participantId: string };
  };

  it('updates pathways and records placements and follow-ups, publishing each change', async () => {
    const kase = await openCase();
    const path = `/reintegration/cases/${kase.id}`;

    const pathway = await call('PATCH', `${path}/pathways/EMPLOYMENT`, officer, {
      status: 'IN_PROGRESS',
      notes: 'applied at the palm-oil mill',
    });
    expect(pathway.status).toBe(200);
    expect(pathway.body).toMatchObject({
      pathway: 'EMPLOYMENT',
      status: 'IN_PROGRESS',
      notes: 'applied at the palm-oil mill',
    });
    const [updated] = await probe.waitFor((m) => m.envelope?.type === 'pathway.updated' && m.key === kase.id);
    expect(updated.envelope!.data).toEqual({
      participantId: kase.participantId,
      agreementIds: [],
      pathway: 'EMPLOYMENT',
      status: 'IN_PROGRESS',
    });

    const employment = await call('POST', `${path}/placements`, officer, {
      kind: 'EMPLOYMENT',
      organisationName: 'PT Sawit Jambi',
      position: 'welder',
      employmentType: 'FULL_TIME',
      startDate: '2026-03-01',
    });
    expect(employment.status).toBe(201);
    expect(employment.body).toMatchObject({
      kind: 'EMPLOYMENT',
      employmentType: 'FULL_TIME',
      startDate: '2026-03-01',
    });
    const business = await call('POST', `${path}/placements`, officer, {
      kind: 'BUSINESS',
      organisationName: 'Bengkel Las Mandiri',
      sector: 'WELDING',
      startDate: '2026-05-01',
    });
    expect(business.status).toBe(201);
    const placed = await probe.waitFor(
      (m) => m.envelope?.type === 'placement.recorded' && m.key === kase.id,
      2,
    );
    expect(placed.map((m) => m.envelope!.data)).toEqual([
      {
        participantId: kase.participantId,
        agreementIds: [],
        kind: 'EMPLOYMENT',
        startDate: '2026-03-01',
        releaseDate: '2026-02-01',
      },
      {
        participantId: kase.participantId,
        agreementIds: [],
        kind: 'BUSINESS',
        startDate: '2026-05-01',
        releaseDate: '2026-02-01',
      },
    ]);

    const followUp = await call('POST', `${path}/follow-ups`, officer, {
      date: '2026-03-15',
      kind: 'HOME_VISIT',
      notes: 'living with family',
      employmentStatus: 'EMPLOYED',
    });
    expect(followUp.status).toBe(201);
    await probe.waitFor((m) => m.envelope?.type === 'followup.recorded' && m.key === kase.id);

    const view = (await call('GET', path, officer)).body;
    expect(view.pathways.find((p: { pathway: string }) => p.pathway === 'EMPLOYMENT')).toMatchObject({
      status: 'IN_PROGRESS',
    });
    expect(view.placements.map((p: { organisationName: string }) => p.organisationName)).toEqual([
      'PT Sawit Jambi',
      'Bengkel Las Mandiri',
    ]);
    expect(view.followUps).toEqual([
      expect.objectContaining({ date: '2026-03-15', kind: 'HOME_VISIT', employmentStatus: 'EMPLOYED' }),
    ]);
  });

  it('names every invalid field in a 400', async () => {
    const kase = await openCase();
    const path = `/reintegration/cases/${kase.id}`;

    expect(
      fields((await call('PATCH', `${path}/pathways/SPACE_TRAVEL`, officer, { status: 'DONE' })).body),
    ).toEqual(['pathway']);
    expect(
      fields((await call('PATCH', `${path}/pathways/HOUSING`, officer, { status: 'FINISHED' })).body),
    ).toEqual(['status']);
    const noType = await call('POST', `${path}/placements`, officer, {
      kind: 'EMPLOYMENT',
      organisationName: 'PT Sawit Jambi',
      startDate: '2026-03-01',
    });
    expect(noType.status).toBe(400);
    expect(fields(noType.body)).toEqual(['employmentType']);
    expect(
      fields(
        (await call('POST', `${path}/placements`, officer, { kind: 'BUSINESS', startDate: '2026-13-01' }))
          .body,
      ),
    ).toEqual([
      'organisationName',
      'organisationName',
      'organisationName',
      'sector',
      'sector',
      'sector',
      'startDate',
    ]);
    const beforeRelease = await call('POST', `${path}/placements`, officer, {
      kind: 'BUSINESS',
      organisationName: 'Warung',
      sector: 'CULINARY',
      employmentType: 'FULL_TIME',
      startDate: '2026-01-01',
    });
    expect(beforeRelease.status).toBe(400);
    expect(fields(beforeRelease.body)).toEqual(['employmentType', 'startDate']);
    expect(
      fields(
        (await call('POST', `${path}/follow-ups`, officer, { date: '2026-03-01', kind: 'EMAIL', extra: 1 }))
          .body,
      ),
    ).toEqual(expect.arrayContaining(['kind', 'notes', 'employmentStatus', 'extra']));
    const early = await call('POST', `${path}/reoffences`, officer, {
      date: '2026-01-31',
      kind: 'NEW_CONVICTION',
    });
    expect(early.status).toBe(400);
    expect(fields(early.body)).toEqual(['date']);
    expect(fields((await call('POST', `${path}/close`, officer, { outcome: 'FAILED' })).body)).toEqual(
      expect.arrayContaining(['outcome', 'reason']),
    );
    expect((await call('GET', path, officer)).body.status).toBe('OPEN');
  });

  it('closes a case with an outcome and refuses every later change with 409', async () => {
    const kase = await openCase();
    const path = `/reintegration/cases/${kase.id}`;

    const closed = await call('POST', `${path}/close`, officer, {
      outcome: 'SUCCESS',
      reason: 'stable job for a year',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'CLOSED_SUCCESS', closeReason: 'stable job for a year' });
    const [event] = await probe.waitFor((m) => m.envelope?.type === 'case.closed' && m.key === kase.id);
    expect(event.envelope!.data).toEqual({
      participantId: kase.participantId,
      agreementIds: [],
      outcome: 'CLOSED_SUCCESS',
    });

    const changes: Array<[string, string, unknown]> = [
      ['PATCH', `${path}/pathways/HOUSING`, { status: 'DONE' }],
      [
        'POST',
        `${path}/placements`,
        { kind: 'BUSINESS', organisationName: 'Warung', sector: 'CULINARY', startDate: '2026-03-01' },
      ],
      [
        'POST',
        `${path}/follow-ups`,
        { date: '2026-03-01', kind: 'PHONE', notes: '', employmentStatus: 'UNEMPLOYED' },
      ],
      ['POST', `${path}/grants`, { agreementId: uuidv7(), amount: 1_000_000, purpose: 'tools' }],
      ['POST', `${path}/reoffences`, { date: '2026-03-01', kind: 'PAROLE_REVOKED' }],
      ['POST', `${path}/close`, { outcome: 'OTHER', reason: 'moved away' }],
    ];
    for (const [method, url, body] of changes) {
      const refused = await call(method, url, officer, body);
      expect({ url, status: refused.status, code: refused.body.code }).toEqual({
        url,
        status: 409,
        code: 'case.closed',
      });
      expect(refused.body.detail).toContain('CLOSED_SUCCESS');
    }

    const other = await openCase();
    const closedOther = await call('POST', `/reintegration/cases/${other.id}/close`, officer, {
      outcome: 'OTHER',
      reason: 'moved to another province',
    });
    expect(closedOther.body.status).toBe('CLOSED_OTHER');
  });
});
