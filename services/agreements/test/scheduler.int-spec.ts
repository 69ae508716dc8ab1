import { Clock, type RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { Topics } from '@sinergi/contracts';
import { EventProbe } from '@sinergi/testing';
import { AgreementScheduler } from '../src/agreements/agreement-scheduler';
import { agreementsService } from '../src/service';
import { count, mouBody, signedAgreement, startAgreements, type TestApi } from './support';

describe('agreement scheduler with a fixed clock (real PostgreSQL and Kafka)', () => {
  let api: TestApi;
  let replica: RunningService;
  let probe: EventProbe;

  beforeAll(async () => {
    api = await startAgreements();
    replica = await startTestService(agreementsService);
    probe = await EventProbe.start([Topics.agreement]);
  });
  afterAll(async () => {
    await probe?.stop();
    await replica?.stop();
    await api?.stop();
  });

  /** Moves both replicas' clocks to `date` and runs the scheduler on both at once. */
  async function runBothReplicasOn(date: string) {
    api.setToday(date);
    jest.spyOn(replica.app.get(Clock), 'now').mockReturnValue(new Date(`${date}T12:00:00Z`));
    await Promise.all([
      api.service.app.get(AgreementScheduler).runDueTransitions(),
      replica.app.get(AgreementScheduler).runDueTransitions(),
    ]);
  }

  const statusOf = async (id: string) => (await api.call('GET', `/agreements/${id}`)).body.status;
  const published = (id: string, type: string) =>
    count(api, 'SELECT count(*) FROM outbox WHERE message_key = $1 AND event_type = $2', [id, type]);

  it('activates a SIGNED agreement on its start date, once', async () => {
    const agreement = await signedAgreement(api, mouBody({ startDate: '2027-04-01', endDate: '2027-12-31' }));
    expect(agreement.status).toBe('SIGNED');

    await runBothReplicasOn('2027-03-31');
    expect(await statusOf(agreement.id)).toBe('SIGNED');

    await runBothReplicasOn('2027-04-01');
    expect(await statusOf(agreement.id)).toBe('ACTIVE');
    await runBothReplicasOn('2027-04-02');
    expect(await published(agreement.id, 'agreement.activated')).toBe(1);
    const history = await api.call('GET', `/agreements/${agreement.id}/history`);
    expect(history.body.events.at(-1)).toMatchObject({ action: 'ACTIVATED', by: { clientId: 'scheduler' } });
  });

  it('announces expiry once, 90 days before the end date, and expires the day after it', async () => {
    const agreement = await signedAgreement(api, mouBody({ startDate: '2027-01-01', endDate: '2027-09-30' }));
    expect(agreement.status).toBe('ACTIVE');

    await runBothReplicasOn('2027-07-01');
    expect(await published(agreement.id, 'agreement.expiring')).toBe(0);
    await runBothReplicasOn('2027-07-02');
    await runBothReplicasOn('2027-07-03');
    expect(await published(agreement.id, 'agreement.expiring')).toBe(1);

    await runBothReplicasOn('2027-09-30');
    expect(await statusOf(agreement.id)).toBe('ACTIVE');
    await runBothReplicasOn('2027-10-01');
    expect(await statusOf(agreement.id)).toBe('EXPIRED');
    await runBothReplicasOn('2027-10-02');
    expect(await published(agreement.id, 'agreement.expired')).toBe(1);

    const events = await probe.waitFor(
      (m) => m.key === agreement.id && ['agreement.expiring', 'agreement.expired'].includes(m.envelope!.type),
      2,
    );
    expect(events.map((m) => [m.envelope!.type, m.envelope!.data])).toEqual([
      ['agreement.expiring', { endDate: '2027-09-30' }],
      ['agreement.expired', {}],
    ]);
  });

  it('announces again when an amendment moves the end date', async () => {
    api.setToday('2027-03-01');
    const agreement = await signedAgreement(api, mouBody({ startDate: '2027-01-01', endDate: '2027-05-31' }));
    await runBothReplicasOn('2027-03-02');
    expect(await published(agreement.id, 'agreement.expiring')).toBe(1);

    const amended = await api.call('POST', `/agreements/${agreement.id}/amendments`, {
      reason: 'Addendum: extended',
      changes: { endDate: '2028-12-31' },
    });
    expect(amended.status).toBe(201);
    await runBothReplicasOn('2028-10-01');
    expect(await published(agreement.id, 'agreement.expiring')).toBe(1);
    await runBothReplicasOn('2028-10-02');
    expect(await published(agreement.id, 'agreement.expiring')).toBe(2);
    expect(await statusOf(agreement.id)).toBe('ACTIVE');
  });
});
