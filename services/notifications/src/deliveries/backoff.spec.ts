import { attemptSchedule, retryDelayMs } from './backoff';

describe('webhook back-off', () => {
  it('doubles from the base up to the maximum delay', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 30].map((n) => retryDelayMs(n, 30_000, 7_200_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 7_200_000, 7_200_000, 7_200_000,
    ]);
  });

  it('keeps trying for 24 hours by default, then stops', () => {
    const minutes = attemptSchedule(30_000, 7_200_000, 86_400_000).map((ms) => ms / 60_000);
    expect(minutes.slice(0, 9)).toEqual([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 63.5, 127.5]);
    expect(minutes).toHaveLength(19);
    expect(minutes[minutes.length - 1]).toBe(1327.5);
    expect(minutes[minutes.length - 1] + 120).toBeGreaterThan(24 * 60);
  });
});
