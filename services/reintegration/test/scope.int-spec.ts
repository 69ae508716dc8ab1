import { uuidv7 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { PLATFORM_ADMIN, startTestService } from '@sinergi/testing';
import { reintegrationService } from '../src/service';
import { AUDITOR, casesOf, client, probationOfficer, publishEvents, release, VIEWER } from './support';

describe('agency scope: a probation officer sees and changes only its own BAPAS’s cases', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  const suffix = uuidv7().slice(-6);
  const [bapasA, bapasB] = [`BAPAS-A-${suffix}`, `BAPAS-B-${suffix}`];
  const officerA = probationOfficer(bapasA);
  let caseA: { id: string };
  let caseB: { id: string };

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    call = client(service);
    const [participantA, participantB] = [uuidv7(), uuidv7()];
    await publishEvents([
      release(participantA, '2026-05-01', bapasA),
      release(participantB, '2026-05-02', bapasB),
    ]);
    [caseA] = await casesOf(call, participantA);
    [caseB] = await casesOf(call, participantB);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('answers another BAPAS’s case as absent, for reads and for changes', async () => {
    expect((await call('GET', `/reintegration/cases/${caseA.id}`, officerA)).status).toBe(200);
    expect((await call('GET', `/reintegration/cases/${caseB.id}`, officerA)).status).toBe(404);
    const changes: Array<[string, string, unknown]> = [
      ['PATCH', 'pathways/HOUSING', { status: 'DONE' }],
      [
        'POST',
        'placements',
        { kind: 'BUSINESS', organisationName: 'Warung', sector: 'CULINARY', startDate: '2026-06-01' },
      ],
      [
        'POST',
        'follow-ups',
        { date: '2026-06-01', kind: 'PHONE', notes: 'called', employmentStatus: 'UNEMPLOYED' },
      ],
      ['POST', 'grants', { agreementId: uuidv7(), amount: 1_000_000, purpose: 'tools' }],
      ['POST', 'reoffences', { date: '2026-06-01', kind: 'NEW_CONVICTION' }],
      ['POST', 'close', { outcome: 'OTHER', reason: 'moved' }],
    ];
    for (const [method, path, body] of changes) {
      const response = await call(method, `/reintegration/cases/${caseB.id}/${path}`, officerA, body);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await call('GET', `/reintegration/cases/${caseB.id}`, PLATFORM_ADMIN)).body.status).toBe('OPEN');
  });

  it('lists only the officer’s own BAPAS, whatever filter is asked for', async () => {
    const own = (await call('GET', '/reintegration/cases?limit=500', officerA)).body.items as Array<{
      bapasCode: string;
      id: string;
    }>;
    expect(own.map((c) => c.id)).toContain(caseA.id);
    expect(own.every((c) => c.bapasCode === bapasA)).toBe(true);
    expect((await call('GET', `/reintegration/cases?bapasCode=${bapasB}`, officerA)).body).toEqual({
      items: [],
      nextCursor: null,
    });
    const all = (await call('GET', '/reintegration/cases?limit=500', PLATFORM_ADMIN)).body.items as Array<{
      id: string;
    }>;
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([caseA.id, caseB.id]));
  });

  it('lets an auditor read everything and change nothing; a viewer reads metrics only', async () => {
    expect((await call('GET', `/reintegration/cases/${caseB.id}`, AUDITOR)).status).toBe(200);
    expect(
      (await call('PATCH', `/reintegration/cases/${caseB.id}/pathways/HOUSING`, AUDITOR, { status: 'DONE' }))
        .status,
    ).toBe(403);
    expect((await call('GET', `/reintegration/cases/${caseA.id}`, VIEWER)).status).toBe(403);
    expect((await call('GET', '/reintegration/cases', VIEWER)).status).toBe(403);
    expect(
      (await call('GET', '/reintegration/metrics/recidivism?cohortYear=2026&windowMonths=12', VIEWER)).status,
    ).toBe(200);
    const admin = await call('PATCH', `/reintegration/cases/${caseB.id}/pathways/HOUSING`, PLATFORM_ADMIN, {
      status: 'DONE',
    });
    expect(admin.status).toBe(200);
  });

  it('answers unknown and malformed case ids with 404', async () => {
    expect((await call('GET', `/reintegration/cases/${uuidv7()}`, PLATFORM_ADMIN)).status).toBe(404);
    expect((await call('GET', '/reintegration/cases/not-a-case', PLATFORM_ADMIN)).status).toBe(404);
  });
});
