/**
 * Exponential back-off: the n-th retry (n ≥ 1) waits base × 2^(n−1), at most `maxDelayMs`. A
 * delivery whose next attempt would fall after its deadline (24 h after it was created) is marked
 * FAILED instead.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxDelayMs: number): number {
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 40);
  return Math.min(baseMs * 2 ** exponent, maxDelayMs);
}

/** The times of every attempt a never-accepted delivery gets, in ms after it was created. */
export function attemptSchedule(baseMs: number, maxDelayMs: number, windowMs: number): number[] {
  const times = [0];
  for (let failed = 1; ; failed++) {
    const next = times[times.length - 1] + retryDelayMs(failed, baseMs, maxDelayMs);
    if (next > windowMs) return times;
    times.push(next);
  }
}
