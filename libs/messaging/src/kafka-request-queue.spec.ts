import {
  KafkajsRequestQueue,
  nextPendingCheckInMs,
  type RequestQueueState,
  stopIdleRequestQueueChecks,
} from './kafka-request-queue';

interface Queue extends RequestQueueState {
  pending: Array<{ send(): void }>;
  inflight: Map<number, unknown>;
  sendSocketRequest(request: unknown): void;
}

const silent = { debug: () => undefined, warn: () => undefined };

/** kafkajs's own queue, its checks counted. */
function queue(maxInFlightRequests?: number): { queue: Queue; checks: () => number } {
  const q = new KafkajsRequestQueue({ logger: silent, maxInFlightRequests }) as Queue;
  let checks = 0;
  const check = q.checkPendingRequests.bind(q);
  q.checkPendingRequests = () => {
    checks++;
    check();
  };
  return { queue: q, checks: () => checks };
}

describe('nextPendingCheckInMs', () => {
  it.each([
    [0, -1_700_000_000_000, undefined], // never throttled: throttledUntil is -1
    [0, 0, undefined],
    [0, 25, 25],
    [3, -5, 10],
    [3, 0, 10], // the throttle ends this very millisecond: checked as if unthrottled
    [3, 40, 40],
  ])('%i pending, throttled for %i ms: next check in %s ms', (pending, throttledFor, expected) => {
    expect(nextPendingCheckInMs(pending, throttledFor)).toBe(expected);
  });
});

describe("kafkajs's request queue with idle checks stopped", () => {
  beforeAll(() => stopIdleRequestQueueChecks());
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('arms no timer when nothing waits and nothing throttles, even right after a check', () => {
    const { queue: q, checks } = queue();
    q.scheduleCheckPendingRequests();
    q.checkPendingRequests(); // as after every response
    expect(q.throttleCheckTimeoutId).toBeNull();
    jest.advanceTimersByTime(1_000);
    expect(checks()).toBe(1);
  });

  it('sends a request that waited for a free in-flight slot, then stops checking', () => {
    const { queue: q, checks } = queue(1);
    q.inflight.set(1, {});
    const sent: unknown[] = [];
    q.sendSocketRequest = (request) => sent.push(request);
    const waiting = { send: () => undefined };
    q.pending.push(waiting);
    q.scheduleCheckPendingRequests();
    jest.advanceTimersByTime(10);
    expect(sent).toEqual([]); // the slot is still taken: checked again 10 ms later
    q.inflight.clear();
    jest.advanceTimersByTime(10);
    expect(sent).toEqual([waiting]);
    expect(q.pending).toEqual([]);
    expect(q.throttleCheckTimeoutId).toBeNull();
    jest.advanceTimersByTime(1_000);
    expect(checks()).toBe(2);
  });

  it('checks once when a throttle ends with nothing waiting', () => {
    const { queue: q, checks } = queue();
    q.throttledUntil = Date.now() + 30;
    q.scheduleCheckPendingRequests();
    jest.advanceTimersByTime(29);
    expect(checks()).toBe(0);
    jest.advanceTimersByTime(1);
    expect(checks()).toBe(1);
    expect(q.throttleCheckTimeoutId).toBeNull();
    jest.advanceTimersByTime(1_000);
    expect(checks()).toBe(1);
  });
});
