import { EnrollmentCompletedV1, ParticipantReleasedV1, uuidv7 } from '@sinergi/contracts';
import { Clock, type RunningService } from '@sinergi/platform';
import {
  callService,
  eventually,
  PLATFORM_ADMIN,
  publishTestEvent,
  startTestService,
  TEST_GATEWAY_SECRETS,
} from '@sinergi/testing';
import { agreementsService } from '../../agreements/src/service';
import { reintegrationService } from '../../reintegration/src/service';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';

jest.setTimeout(180_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
type Json = any;

const TODAY = new Date('2028-06-01T05:00:00Z');
const FY = 2027;
const PEMKAB = 'PEMKAB-MUARO-JAMBI';
const KANWIL = 'KANWIL-PAS-JAMBI';

/**
 * One history fed to reintegration (through rehabilitation's events and its own API), read back
 * from all three places that show a recidivism rate: reintegration's metrics, the agreements
 * service's work plan and evaluation, and the gateway's overview.
 */
describe('one recidivism figure everywhere (agreements, reintegration and the gateway, real Kafka)', () => {
  const services: Record<string, RunningService> = {};
  let admin: ApiSession;
  let agreementId: string;
  let otherAgreementId: string;

  const agreements = (method: string, path: string, body?: unknown) =>
    callService<Json>(services.agreements, PLATFORM_ADMIN, method, path, body);
  const reintegration = (method: string, path: string, body?: unknown) =>
    callService<Json>(services.reintegration, PLATFORM_ADMIN, method, path, body);

  async function activeMou(): Promise<string> {
    const created = await agreements('POST', '/agreements', {
      kind: 'MOU',
      number: `NK/${uuidv7().slice(-8)}/2027`,
      title: 'Pembinaan dan reintegrasi warga binaan',
      scopes: ['SKILLS_TRAINING', 'SOCIAL_REINTEGRATION'],
      partyCodes: [PEMKAB, KANWIL],
      startDate: '2026-01-01',
      endDate: '2031-12-31',
      clauses: [
        {
          number: '1',
          text: 'Pemkab funds training',
          responsiblePartyCode: PEMKAB,
          scope: 'SKILLS_TRAINING',
        },
      ],
    });
    expect(created.status).toBe(201);
    await agreements('POST', `/agreements/${created.body.id}/submit`);
    for (const partyCode of [PEMKAB, KANWIL]) {
      const signed = await agreements('POST', `/agreements/${created.body.id}/signatures`, {
        partyCode,
        signatoryName: `Head of ${partyCode}`,
        signatoryTitle: 'Kepala',
      });
      expect(signed.status).toBe(201);
    }
    return created.body.id;
  }

  const completed = (participantId: string, agreement: string) =>
    publishTestEvent(EnrollmentCompletedV1, participantId, {
      enrollmentId: uuidv7(),
      programId: uuidv7(),
      agreementId: agreement,
      track: 'KEMANDIRIAN',
      category: 'WELDING',
      score: 85,
      certificateNumber: `CERT-${uuidv7().slice(-6)}`,
    });

  async function released(participantId: string, releaseDate: string): Promise<string> {
    await publishTestEvent(ParticipantReleasedV1, participantId, {
      releaseDate,
      releaseType: 'PAROLE',
      bapasCode: 'BAPAS-JAMBI',
      domicileRegionCode: '1505',
      facilityCode: 'LAPAS-JAMBI',
    });
    const cases = await eventually(
      () => reintegration('GET', `/reintegration/cases?participantId=${participantId}`),
      (reply) => reply.body.items?.some((c: Json) => c.releaseDate === releaseDate),
    );
    return cases.body.items.find((c: Json) => c.releaseDate === releaseDate).id;
  }

  async function reoffended(caseId: string, date: string) {
    const recorded = await reintegration('POST', `/reintegration/cases/${caseId}/reoffences`, {
      date,
      kind: 'NEW_CONVICTION',
    });
    expect(recorded.status).toBe(201);
  }

  beforeAll(async () => {
    services.agreements = await startTestService(agreementsService);
    services.reintegration = await startTestService(reintegrationService);
    for (const service of [services.agreements, services.reintegration])
      jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(TODAY);
    services.gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: services.agreements.url,
      REINTEGRATION_URL: services.reintegration.url,
      REHABILITATION_URL: services.reintegration.url,
      BUDGETING_URL: services.reintegration.url,
    });
    admin = await ApiSession.login(
      services.gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    for (const [code, kind] of [
      [PEMKAB, 'PEMKAB'],
      [KANWIL, 'KANWIL_PAS'],
    ]) {
      const registered = await agreements('POST', '/agencies', {
        code,
        name: code,
        kind,
        regionCode: '1505',
      });
      expect([201, 409]).toContain(registered.status);
    }
    agreementId = await activeMou();
    otherAgreementId = await activeMou();
    const plan = await agreements('POST', `/agreements/${agreementId}/work-plans`, {
      fiscalYear: FY,
      targets: [{ indicator: 'RECIDIVISM_RATE_12M', target: 0.2 }],
    });
    expect(plan.status).toBe(201);
    expect((await agreements('POST', `/agreements/${agreementId}/work-plans/${FY}/approve`)).status).toBe(
      200,
    );
  });

  afterAll(async () => {
    for (const name of ['gateway', 'reintegration', 'agreements']) await services[name]?.stop();
  });

  it('gives the same 12-month rate for the 2027 cohort of an agreement in all three', async () => {
    const [p1, p2, p3, p4, p5, p6] = Array.from({ length: 6 }, () => uuidv7());
    for (const p of [p1, p2, p3, p4, p6]) await completed(p, agreementId);
    await completed(p5, otherAgreementId);

    // p1 reoffends within 12 months: a returner
    await reoffended(await released(p1, '2027-01-15'), '2027-06-01');
    // p2 is released twice in 2027 and reoffends after the first: counted once, a returner
    await reoffended(await released(p2, '2027-02-01'), '2027-03-01');
    await released(p2, '2027-05-01');
    // p3: no reoffence, window over: a success
    await released(p3, '2027-04-01');
    // p4: released and reoffended in 2026; its 2027 cohort entry is its 2027 release: a success
    await reoffended(await released(p4, '2026-06-01'), '2026-09-01');
    await released(p4, '2027-05-01');
    // p5 was trained under another agreement only: not in this agreement's cohort
    await reoffended(await released(p5, '2027-03-01'), '2027-04-01');
    // p6: released in December, window still open on 1 June 2028: in progress
    await released(p6, '2027-12-20');

    const metrics = await reintegration(
      'GET',
      `/reintegration/metrics/recidivism?cohortYear=${FY}&agreementId=${agreementId}&windowMonths=12`,
    );
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatchObject({ cohortSize: 5, reoffended: 2, inProgress: 1, rate: 0.5 });

    const recidivismActual = (plan: Json) =>
      plan.indicators.find((i: Json) => i.indicator === 'RECIDIVISM_RATE_12M').actual;
    const plan = await eventually(
      () => agreements('GET', `/agreements/${agreementId}/work-plans/${FY}`),
      (reply) => recidivismActual(reply.body) === metrics.body.rate,
      30_000,
    );
    expect(recidivismActual(plan.body)).toBe(0.5);

    const evaluation = await agreements('POST', `/agreements/${agreementId}/evaluations`, {
      period: `${FY}`,
      findings: 'Recidivism above target',
      recommendations: 'More mentoring after release',
    });
    expect(evaluation.status).toBe(201);
    expect(recidivismActual(evaluation.body)).toBe(0.5);

    const overview = await admin.get(`/agreements/${agreementId}/overview?fiscalYear=${FY}`);
    expect(overview.reintegration).toMatchObject({
      cohortYear: FY,
      released: 5,
      reoffended: 2,
      inProgress: 1,
      recidivismRate12m: 0.5,
    });
  });
});
