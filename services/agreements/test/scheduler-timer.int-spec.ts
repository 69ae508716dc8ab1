import { SCHEDULER_INTERVAL_MS } from '../src/agreements/agreement-scheduler';
import { mouBody, signedAgreement, startAgreements, type TestApi } from './support';

/**
 * The scheduler's own timer, not only runDueTransitions(): the service registers it at start with
 * the scheduler's interval, each tick applies what is due, and stopping the service clears it.
 * setInterval is observed (and still does its real work), so nothing waits a real minute.
 */
describe('agreement scheduler timer (real PostgreSQL and Kafka)', () => {
  const setIntervalSpy = jest.spyOn(global, 'setInterval');
  const clearIntervalSpy = jest.spyOn(global, 'clearInterval');
  let api: TestApi;
  let tick: () => void;
  let timer: NodeJS.Timeout;
  let stopped = false;

  beforeAll(async () => {
    api = await startAgreements();
    const index = setIntervalSpy.mock.calls.findIndex(([, delay]) => delay === SCHEDULER_INTERVAL_MS);
    expect(index).toBeGreaterThanOrEqual(0);
    tick = setIntervalSpy.mock.calls[index][0] as () => void;
    timer = setIntervalSpy.mock.results[index].value as NodeJS.Timeout;
  });
  afterAll(async () => {
    if (!stopped) await api?.stop();
  });

  it('activates a due agreement on a tick, and the timer ends with the service', async () => {
    const agreement = await signedAgreement(api, mouBody({ startDate: '2027-04-01', endDate: '2027-12-31' }));
    expect(agreement.status).toBe('SIGNED');
    expect(timer.hasRef()).toBe(false); // never keeps a stopping process alive

    api.setToday('2027-04-01');
    tick();
    const deadline = Date.now() + 10_000;
    let status = agreement.status;
    while (status !== 'ACTIVE' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await api.call('GET', `/agreements/${agreement.id}`)).body.status;
    }
    expect(status).toBe('ACTIVE');

    await api.stop();
    stopped = true;
    expect(clearIntervalSpy).toHaveBeenCalledWith(timer);
  });
});
