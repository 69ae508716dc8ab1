import { AgreementScheduler } from '../src/agreements/agreement-scheduler';
import { mouBody, signedAgreement, startAgreements, type TestApi } from './support';

/** Activation and expiry follow the local (WIB) date, not UTC's. */
describe('agreement activation and expiry on local dates (real PostgreSQL and Kafka)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startAgreements();
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
});
