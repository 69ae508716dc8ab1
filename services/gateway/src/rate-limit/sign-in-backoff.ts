/** Failures allowed before any wait, per account and per address (an office shares one address). */
export const FREE_FAILURES = { account: 3, address: 20 } as const;
export const MAX_BACKOFF_SECONDS = 15 * 60;

/** Seconds to wait after the n-th failure in a row: none at first, then 1, 2, 4 … up to 15 minutes. */
export function backoffSeconds(failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** (failures - freeFailures - 1));
}
