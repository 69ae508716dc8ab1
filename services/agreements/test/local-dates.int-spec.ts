import { AgreementScheduler } from '../src/agreements/agreement-scheduler';
import { KANWIL, mouBody, signedAgreement, startAgreements, type TestApi } from './support';

/** Regencies in each of Indonesia's three time zones, each the first party of its agreements. */
const WIB_REGENCY = 'PEMKAB-BATANG-HARI'; // Jambi, UTC+7
const WITA_REGENCY = 'PEMKAB-GOWA'; // South Sulawesi, UTC+8
const WIT_REGENCY = 'PEMKAB-MERAUKE'; // South Papua, UTC+9

/** Activation and expiry follow the local date of the agreement's first party, not UTC's. */
describe('agreement activation and expiry on local dates (real PostgreSQL and Kafka)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startAgreements();
    for (const [code, timeZone, regionCode] of [
      [WIB_REGENCY, undefined, '1504'],
      [WITA_REGENCY, 'Asia/Makassar', '7306'],
      [WIT_REGENCY, 'Asia/Jayapura', '9301'],
    ]) {
      const registered = await api.call('POST', '/agencies', {
        code,
        name: code,
        kind: 'PEMKAB',
        regionCode,
        timeZone,
      });
      expect(registered.status).toBe(201);
    }
  });
  afterAll(async () => {
    await api?.stop();
  });

  const at = async (instant: string) => {
    jest.spyOn(api.clock, 'now').mockReturnValue(new Date(instant));
    return api.service.app.get(AgreementScheduler).runDueTransitions();
  };
  const statusOf = async (id: string) => (await api.call('GET', `/agreements/${id}`)).body.status;

  it('activates on 1 January at 00:30 WIB (17:30 UTC on 31 December) and expires the agreement ended on 31 December', async () => {
    api.setToday('2026-06-01');
    const startsNewYear = await signedAgreement(
      api,
      mouBody({ startDate: '2027-01-01', endDate: '2029-12-31' }),
    );
    const endsOldYear = await signedAgreement(
      api,
      mouBody({ startDate: '2026-01-01', endDate: '2026-12-31' }),
    );
    expect([startsNewYear.status, endsOldYear.status]).toEqual(['SIGNED', 'ACTIVE']);

    await at('2026-12-31T16:30:00Z'); // 23:30 WIB on 31 December: nothing due yet
    expect([await statusOf(startsNewYear.id), await statusOf(endsOldYear.id)]).toEqual(['SIGNED', 'ACTIVE']);

    const changed = await at('2026-12-31T17:30:00Z'); // 00:30 WIB on 1 January (17:30 UTC on 31 December)
    expect(changed.activated).toContain(startsNewYear.id);
    expect(changed.expired).toContain(endsOldYear.id);
    expect([await statusOf(startsNewYear.id), await statusOf(endsOldYear.id)]).toEqual(['ACTIVE', 'EXPIRED']);
  });

  it('signs straight into ACTIVE at 23:30 UTC on 31 December when the term starts on 1 January', async () => {
    jest.spyOn(api.clock, 'now').mockReturnValue(new Date('2026-12-31T23:30:00Z'));
    const agreement = await signedAgreement(api, mouBody({ startDate: '2027-01-01', endDate: '2029-12-31' }));
    expect(agreement.status).toBe('ACTIVE');
  });

  /** A 2027–2029 (or `term`) agreement led by `regency`, signed by both parties at `signedAt`. */
  const ledBy = async (regency: string, term = { startDate: '2027-01-01', endDate: '2029-12-31' }) =>
    signedAgreement(api, mouBody({ ...term, partyCodes: [regency, KANWIL], clauses: [] }));

  it('activates each agreement at local midnight of its first party: WIT, then WITA, then WIB', async () => {
    api.setToday('2026-06-01');
    const wit = await ledBy(WIT_REGENCY);
    const wita = await ledBy(WITA_REGENCY);
    const wib = await ledBy(WIB_REGENCY);
    const ended = { startDate: '2026-01-01', endDate: '2026-12-31' };
    const witEnded = await ledBy(WIT_REGENCY, ended);
    const wibEnded = await ledBy(WIB_REGENCY, ended);
    const ours = [wit, wita, wib, witEnded, wibEnded].map((a) => a.id);
    const statuses = async () => Promise.all(ours.map(statusOf));
    const mine = (ids: string[]) => ids.filter((id) => ours.includes(id));
    expect(await statuses()).toEqual(['SIGNED', 'SIGNED', 'SIGNED', 'ACTIVE', 'ACTIVE']);

    // 23:30 WIT on 31 December (14:30 UTC): nothing due anywhere yet
    let changed = await at('2026-12-31T14:30:00Z');
    expect([mine(changed.activated), mine(changed.expired)]).toEqual([[], []]);

    // 00:30 WIT on 1 January (15:30 UTC): only the WIT regency's day has changed
    changed = await at('2026-12-31T15:30:00Z');
    expect([mine(changed.activated), mine(changed.expired)]).toEqual([[wit.id], [witEnded.id]]);
    expect(await statuses()).toEqual(['ACTIVE', 'SIGNED', 'SIGNED', 'EXPIRED', 'ACTIVE']);

    // 00:30 WITA on 1 January = 23:30 WIB on 31 December (16:30 UTC): WITA's day changed, WIB's not
    changed = await at('2026-12-31T16:30:00Z');
    expect([mine(changed.activated), mine(changed.expired)]).toEqual([[wita.id], []]);
    expect(await statuses()).toEqual(['ACTIVE', 'ACTIVE', 'SIGNED', 'EXPIRED', 'ACTIVE']);

    // 00:30 WIB on 1 January (17:30 UTC)
    changed = await at('2026-12-31T17:30:00Z');
    expect([mine(changed.activated), mine(changed.expired)]).toEqual([[wib.id], [wibEnded.id]]);
    expect(await statuses()).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'EXPIRED', 'EXPIRED']);
  });

  it('at 23:30 UTC on 31 December it is 1 January for WIT (08:30) and WIB (06:30) regencies: both sign into ACTIVE', async () => {
    jest.spyOn(api.clock, 'now').mockReturnValue(new Date('2026-12-31T23:30:00Z'));
    const wit = await ledBy(WIT_REGENCY);
    const wib = await ledBy(WIB_REGENCY);
    expect([wit.status, wib.status]).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('at 00:30 WITA on 1 January (23:30 WIB on 31 December) signs the WITA agreement into ACTIVE, the WIB one into SIGNED', async () => {
    jest.spyOn(api.clock, 'now').mockReturnValue(new Date('2026-12-31T16:30:00Z'));
    const wita = await ledBy(WITA_REGENCY);
    const wib = await ledBy(WIB_REGENCY);
    expect([wita.status, wib.status]).toEqual(['ACTIVE', 'SIGNED']);
  });

  it('keeps a signed agreement in the zone it was signed in when its first party moves zone', async () => {
    api.setToday('2026-06-01');
    const moving = 'PEMKAB-SORONG';
    expect(
      (
        await api.call('POST', '/agencies', {
          code: moving,
          name: moving,
          kind: 'PEMKAB',
          regionCode: '9201',
          timeZone: 'Asia/Jayapura',
        })
      ).status,
    ).toBe(201);
    const signedInWit = await ledBy(moving);
    expect((await api.call('PATCH', `/agencies/${moving}`, { timeZone: 'Asia/Jakarta' })).status).toBe(200);
    const signedInWib = await ledBy(moving);

    const changed = await at('2026-12-31T15:30:00Z'); // 00:30 WIT, 22:30 WIB
    expect(changed.activated.filter((id) => [signedInWit.id, signedInWib.id].includes(id))).toEqual([
      signedInWit.id,
    ]);
  });
});
