import { AgencyUpdatedV1 } from '@sinergi/contracts';
import { Clock, type RunningService } from '@sinergi/platform';
import { eventually, publishTestEvent } from '@sinergi/testing';
import {
  activeAgreement,
  admin,
  call,
  database,
  fundedProgram,
  KANWIL_JAMBI,
  programOfficer,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  unique,
} from './support';

/**
 * A certificate's year and a completion's day are the facility's local date (docs/domain.md):
 * agencies' time zones come with agency.registered / agency.updated, agreements' with agreement.signed.
 */
describe('certificate years and completion days in the facility’s time zone (real PostgreSQL and Kafka)', () => {
  let service: RunningService;
  let agreementId: string;
  const wibFacility = unique('LAPAS-JAMBI');
  const witaFacility = unique('LAPAS-MAKASSAR');
  const witFacility = unique('LAPAS-JAYAPURA');
  const setNow = (instant: string) =>
    jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(new Date(instant));

  beforeAll(async () => {
    service = await startRehabilitation();
    await registerAgency(service, wibFacility, 'LAPAS', '1571');
    await registerAgency(service, witaFacility, 'LAPAS', '7371', 'Asia/Makassar');
    await registerAgency(service, witFacility, 'LAPAS', '9171', 'Asia/Jayapura');
    agreementId = await activeAgreement(
      service,
      { scopes: ['SKILLS_TRAINING'], startDate: '2026-01-01', endDate: '2029-12-31' },
      [wibFacility, witaFacility, witFacility, KANWIL_JAMBI],
    );
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** Someone enrolled in a started program of `facility`, present at its one session of 20 December. */
  async function readyToComplete(facility: string) {
    setNow('2026-12-01T03:00:00Z');
    const programId = await fundedProgram(service, agreementId, facility, {
      startDate: '2026-12-01',
      endDate: '2027-06-30',
    });
    expect((await call(service, admin, 'POST', `/programs/${programId}/start`)).status).toBe(200);
    const person = await registerParticipant(service, facility);
    const enrolled = await call(service, admin, 'POST', `/programs/${programId}/enrollments`, {
      participantId: person.id,
    });
    expect(enrolled.status).toBe(201);
    const session = await call(service, programOfficer(facility), 'POST', `/programs/${programId}/sessions`, {
      date: '2026-12-20',
      topic: 'Las dasar',
    });
    expect(session.status).toBe(201);
    const marked = await call(
      service,
      admin,
      'POST',
      `/programs/${programId}/sessions/${session.body.id}/attendance`,
      { records: [{ participantId: person.id, status: 'PRESENT' }] },
    );
    expect(marked.status).toBe(200);
    return enrolled.body.id as string;
  }

  const completedOnOf = async (enrollmentId: string) =>
    (
      await database(service).query(
        `SELECT envelope->'data'->>'completedOn' AS "completedOn" FROM outbox
          WHERE event_type = 'enrollment.completed' AND envelope->'data'->>'enrollmentId' = $1`,
        [enrollmentId],
      )
    )[0].completedOn as string;

  it('at 23:30 UTC on 31 December numbers certificates in the new year in WIB and WIT (UTC date still 31 December)', async () => {
    const wib = await readyToComplete(wibFacility);
    const wit = await readyToComplete(witFacility);
    setNow('2026-12-31T23:30:00Z');
    const completeWib = await call(service, admin, 'POST', `/enrollments/${wib}/complete`, { score: 80 });
    const completeWit = await call(service, admin, 'POST', `/enrollments/${wit}/complete`, { score: 80 });
    expect([completeWib.body.certificateNumber, completeWit.body.certificateNumber]).toEqual([
      `${wibFacility}/2027/0001`,
      `${witFacility}/2027/0001`,
    ]);
    expect([await completedOnOf(wib), await completedOnOf(wit)]).toEqual(['2027-01-01', '2027-01-01']);
  });

  it('at 00:30 WITA on 1 January (23:30 WIB on 31 December) the WITA facility is in the new year, the WIB one not', async () => {
    const wib = await readyToComplete(wibFacility);
    const wita = await readyToComplete(witaFacility);
    setNow('2026-12-31T16:30:00Z');
    const completeWib = await call(service, admin, 'POST', `/enrollments/${wib}/complete`, { score: 80 });
    const completeWita = await call(service, admin, 'POST', `/enrollments/${wita}/complete`, { score: 80 });
    expect([completeWib.body.certificateNumber, completeWita.body.certificateNumber]).toEqual([
      `${wibFacility}/2026/0001`,
      `${witaFacility}/2027/0001`,
    ]);
    expect([await completedOnOf(wib), await completedOnOf(wita)]).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('follows an agency that moves zone (agency.updated)', async () => {
    await publishTestEvent(AgencyUpdatedV1, wibFacility, {
      code: wibFacility,
      kind: 'LAPAS',
      regionCode: '1571',
      name: `Agency ${wibFacility}`,
      timeZone: 'Asia/Jayapura',
    });
    await eventually(
      () => database(service).query(`SELECT time_zone FROM known_agency WHERE code = $1`, [wibFacility]),
      (rows: Array<{ time_zone: string }>) => rows[0]?.time_zone === 'Asia/Jayapura',
    );
    const moved = await readyToComplete(wibFacility);
    setNow('2026-12-31T15:30:00Z'); // 00:30 WIT, 22:30 WIB
    const completed = await call(service, admin, 'POST', `/enrollments/${moved}/complete`, { score: 80 });
    expect(completed.body.certificateNumber).toBe(`${wibFacility}/2027/0002`);
  });
});
