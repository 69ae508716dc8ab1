import { AgencyRegisteredV1, AgreementSignedV1, uuidv7 } from '@sinergi/contracts';
import { Clock, type CallerIdentity, type RunningService } from '@sinergi/platform';
import { eventually, PLATFORM_ADMIN, startTestService } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { reintegrationService } from '../src/service';
import { AUDITOR, casesOf, client, completion, probationOfficer, publishEvents, release } from './support';

/*
 * The 2030 release cohort (no other test releases anyone in 2030). Agreement X (Pemkab X and the
 * Kanwil of Jambi, province 15): nine people released by BAPAS A (Jambi), six of them after a
 * KEMANDIRIAN program (two reoffend), three after a KEPRIBADIAN one (one reoffends), two employed.
 * Agreement Y (Pemkab Y and the Kanwil of Riau, province 14): two people released by BAPAS B.
 */
const tag = uuidv7().slice(-6).toUpperCase();
const X = uuidv7();
const Y = uuidv7();
const pemkabX = `PEMKAB-X-${tag}`;
const pemkabY = `PEMKAB-Y-${tag}`;
const kanwilJambi = `KANWIL-JAMBI-${tag}`;
const kanwilRiau = `KANWIL-RIAU-${tag}`;
const bapasA = `BAPAS-A-${tag}`;
const bapasB = `BAPAS-B-${tag}`;
const viewer = (agencyCode: string): CallerIdentity => ({
  clientId: `viewer-${agencyCode}`,
  agencyCode,
  roles: ['viewer'],
});

describe('reintegration scope: grants under reachable agreements, figures limited to scope with small counts hidden', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  const underX = Array.from({ length: 9 }, () => uuidv7());
  const underY = Array.from({ length: 2 }, () => uuidv7());

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(new Date('2031-06-01T03:00:00Z'));
    call = client(service);
    const agency = (code: string, kind: string, regionCode: string) => ({
      eventClass: AgencyRegisteredV1,
      aggregateId: code,
      data: { code, kind, regionCode, name: code },
    });
    const signed = (id: string, partyCodes: string[]) => ({
      eventClass: AgreementSignedV1,
      aggregateId: id,
      data: {
        partyCodes,
        startDate: '2029-01-01',
        endDate: '2033-12-31',
        scopes: ['SKILLS_TRAINING'],
        kind: 'MOU',
        parentAgreementId: null,
      },
    });
    await publishEvents([
      agency(pemkabX, 'PEMKAB', '1505'),
      agency(pemkabY, 'PEMKAB', '1401'),
      agency(kanwilJambi, 'KANWIL_PAS', '15'),
      agency(kanwilRiau, 'KANWIL_PAS', '14'),
      agency(bapasA, 'BAPAS', '1571'),
      agency(bapasB, 'BAPAS', '1471'),
      signed(X, [pemkabX, kanwilJambi]),
      signed(Y, [pemkabY, kanwilRiau]),
      ...underX.map((p, i) =>
        completion(p, X, i < 6 ? 'KEMANDIRIAN' : 'KEPRIBADIAN', '2029-10-01T03:00:00Z'),
      ),
      ...underY.map((p) => completion(p, Y, 'KEMANDIRIAN', '2029-10-01T03:00:00Z')),
    ]);
    await publishEvents([
      ...underX.map((p) => release(p, '2030-02-01', bapasA)),
      ...underY.map((p) => release(p, '2030-02-01', bapasB)),
    ]);
    const db = service.app.get(DataSource);
    await eventually(
      () => db.query(`SELECT count(*)::int AS n FROM known_agency WHERE code LIKE $1`, [`%${tag}`]),
      (rows: Array<{ n: number }>) => rows[0].n === 6,
    );
    await eventually(
      () =>
        db.query(`SELECT count(*)::int AS n FROM training_completion WHERE agreement_id = ANY ($1)`, [
          [X, Y],
        ]),
      (rows: Array<{ n: number }>) => rows[0].n === 11,
    );
    const caseIds: string[] = [];
    for (const p of underX) caseIds.push((await casesOf(call, p))[0].id);
    for (const p of underY) await casesOf(call, p);
    // Two KEMANDIRIAN people and one KEPRIBADIAN person reoffend; two KEMANDIRIAN people find work.
    for (const i of [0, 1, 6])
      expect(
        (
          await call('POST', `/reintegration/cases/${caseIds[i]}/reoffences`, PLATFORM_ADMIN, {
            date: '2030-05-01',
            kind: 'NEW_CONVICTION',
          })
        ).status,
      ).toBe(201);
    for (const i of [2, 3])
      expect(
        (
          await call('POST', `/reintegration/cases/${caseIds[i]}/placements`, PLATFORM_ADMIN, {
            kind: 'EMPLOYMENT',
            organisationName: 'Bengkel Las',
            position: 'Welder',
            employmentType: 'FULL_TIME',
            startDate: '2030-03-01',
          })
        ).status,
      ).toBe(201);
  }, 90_000);
  afterAll(async () => {
    await service?.stop();
  });

  it('requests grants only under an agreement the BAPAS may act under (a Kanwil of its province is a party)', async () => {
    const [kase] = await casesOf(call, underX[4]);
    const grant = (caller: CallerIdentity, agreementId: string) =>
      call('POST', `/reintegration/cases/${kase.id}/grants`, caller, {
        agreementId,
        amount: 1_000_000,
        purpose: 'tools',
      });
    const foreign = await grant(probationOfficer(bapasA), Y);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'resource.not-found']);
    expect((await grant(probationOfficer(bapasA), uuidv7())).status).toBe(404);
    expect((await grant(PLATFORM_ADMIN, Y)).status).toBe(404);
    expect((await grant(probationOfficer(bapasA), X)).status).toBe(201);
  });

  const recidivism = (caller: CallerIdentity, query = '') =>
    call('GET', `/reintegration/metrics/recidivism?cohortYear=2030&windowMonths=12${query}`, caller);

  it('gives auditors the full figures of every case', async () => {
    const full = await recidivism(AUDITOR);
    expect(full.body).toMatchObject({
      cohortSize: 11,
      reoffended: 3,
      inProgress: 0,
      byKemandirianCompletion: {
        completed: { cohortSize: 8, reoffended: 2 },
        notCompleted: { cohortSize: 3, reoffended: 1 },
      },
      suppressed: false,
      suppressedCells: [],
    });
  });

  it('limits a party’s viewer to its agreements and hides counts of 1 to 5 and what would reveal them', async () => {
    const answer = (await recidivism(viewer(pemkabX))).body;
    expect(answer).toEqual({
      cohortYear: 2030,
      windowMonths: 12,
      agreementId: null,
      cohortSize: 9,
      reoffended: null,
      inProgress: 0,
      rate: null,
      byKemandirianCompletion: {
        completed: { cohortSize: null, reoffended: null, inProgress: 0, rate: null },
        notCompleted: { cohortSize: null, reoffended: null, inProgress: 0, rate: null },
      },
      suppressed: true,
      suppressedCells: [
        'byKemandirianCompletion.completed.cohortSize',
        'byKemandirianCompletion.completed.rate',
        'byKemandirianCompletion.completed.reoffended',
        'byKemandirianCompletion.notCompleted.cohortSize',
        'byKemandirianCompletion.notCompleted.rate',
        'byKemandirianCompletion.notCompleted.reoffended',
        'rate',
        'reoffended',
      ],
    });
    expect((await recidivism(viewer(pemkabX), `&agreementId=${Y}`)).body).toMatchObject({
      cohortSize: 0,
      suppressed: false,
    });
    const employment = await call(
      'GET',
      '/reintegration/metrics/employment?cohortYear=2030',
      viewer(pemkabX),
    );
    expect(employment.body).toMatchObject({
      cohortSize: 9,
      employed: null,
      rate: null,
      suppressed: true,
      suppressedCells: ['employed', 'rate'],
    });
    const summary = await call(
      'GET',
      `/reintegration/metrics/agreement-summary?agreementId=${X}&cohortYear=2030`,
      viewer(pemkabX),
    );
    expect(summary.body).toMatchObject({
      released: 9,
      employed: null,
      reoffended: null,
      recidivismRate12m: null,
      suppressed: true,
    });
  });

  it('limits a BAPAS to its own cases, and an agency party to nothing to no one', async () => {
    const bapas = (await recidivism({ ...probationOfficer(bapasB), roles: ['probation-officer'] })).body;
    expect(bapas).toMatchObject({ cohortSize: null, suppressed: true });
    expect(bapas.suppressedCells).toContain('cohortSize');
    const outsider = (await recidivism(viewer(`PEMKAB-Z-${tag}`))).body;
    expect(outsider).toMatchObject({
      cohortSize: 0,
      reoffended: 0,
      inProgress: 0,
      rate: null,
      suppressed: false,
    });
  });
});
