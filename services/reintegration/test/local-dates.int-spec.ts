import { AgencyRegisteredV1, AgreementSignedV1, uuidv7 } from '@sinergi/contracts';
import { Clock, type RunningService } from '@sinergi/platform';
import { eventually, publishTestEvent, startTestService } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { reintegrationService } from '../src/service';
import { casesOf, client, completion, probationOfficer, publishEvents, release } from './support';

/**
 * Completion days are the facility's local dates (enrollment.completed's `completedOn`), and a
 * grant's fiscal year is the year in its agreement's time zone (docs/domain.md).
 */
describe('local dates of facilities and agreements in reintegration (real PostgreSQL and Kafka)', () => {
  let service: RunningService;
  let call: ReturnType<typeof client>;
  const bapas = `BAPAS-TZ-${uuidv7().slice(-6)}`;

  const signed = async (timeZone: string) => {
    const agreementId = uuidv7();
    await publishTestEvent(AgreementSignedV1, agreementId, {
      partyCodes: ['PEMKAB-MUARO-JAMBI', bapas],
      startDate: '2026-01-01',
      endDate: '2029-12-31',
      scopes: ['SOCIAL_REINTEGRATION', 'SKILLS_TRAINING'],
      kind: 'MOU',
      parentAgreementId: null,
      timeZone,
    });
    await eventually(
      () =>
        service.app
          .get(DataSource)
          .query(`SELECT time_zone FROM agreement_party WHERE agreement_id = $1`, [agreementId]),
      (rows: Array<{ time_zone: string }>) => rows[0]?.time_zone === timeZone,
    );
    return agreementId;
  };

  beforeAll(async () => {
    service = await startTestService(reintegrationService);
    call = client(service);
    await publishTestEvent(AgencyRegisteredV1, bapas, {
      code: bapas,
      kind: 'BAPAS',
      regionCode: '1571',
      name: bapas,
    });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('at 00:30 WITA on 1 January (23:30 WIB on 31 December) a completion at a WITA facility comes after a release of 31 December, one at a WIB facility not', async () => {
    const agreementId = await signed('Asia/Jakarta');
    const [atWita, atWib] = [uuidv7(), uuidv7()];
    const completedAt = '2026-12-31T16:30:00Z';
    const witaCompletion = completion(atWita, agreementId, 'KEMANDIRIAN', completedAt);
    witaCompletion.data.completedOn = '2027-01-01';
    const wibCompletion = completion(atWib, agreementId, 'KEMANDIRIAN', completedAt);
    wibCompletion.data.completedOn = '2026-12-31';
    await publishEvents([
      witaCompletion,
      wibCompletion,
      release(atWita, '2026-12-31', bapas),
      release(atWib, '2026-12-31', bapas),
    ]);
    await casesOf(call, atWita);
    await casesOf(call, atWib);
    const cohort = await eventually(
      async () =>
        (
          await call(
            'GET',
            `/reintegration/metrics/recidivism?cohortYear=2026&windowMonths=12&agreementId=${agreementId}`,
          )
        ).body,
      (body: { cohortSize: number }) => body.cohortSize >= 1,
    );
    expect(cohort).toMatchObject({ cohortYear: 2026, agreementId, cohortSize: 1, reoffended: 0 });
    const completedOn = await service.app.get(DataSource).query(
      `SELECT participant_id AS "participantId", to_char(completed_on, 'YYYY-MM-DD') AS "completedOn"
           FROM training_completion WHERE agreement_id = $1 ORDER BY completed_on`,
      [agreementId],
    );
    expect(completedOn).toEqual([
      { participantId: atWib, completedOn: '2026-12-31' },
      { participantId: atWita, completedOn: '2027-01-01' },
    ]);
  });

  it('requests grants for the fiscal year of the agreement’s zone: at 00:30 WIT on 1 January, 2027 under a WIT agreement, 2026 under a WIB one', async () => {
    const wit = await signed('Asia/Jayapura');
    const wib = await signed('Asia/Jakarta');
    const participantId = uuidv7();
    await publishEvents([release(participantId, '2026-11-02', bapas)]);
    const [kase] = await casesOf(call, participantId);
    jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-31T15:30:00Z'));
    const years = [];
    for (const agreementId of [wit, wib]) {
      const requested = await call(
        'POST',
        `/reintegration/cases/${kase.id}/grants`,
        probationOfficer(bapas),
        {
          agreementId,
          amount: 5_000_000,
          purpose: 'welding tools',
        },
      );
      expect(requested.status).toBe(201);
      years.push(requested.body.fiscalYear);
    }
    expect(years).toEqual([2027, 2026]);
  });
});
