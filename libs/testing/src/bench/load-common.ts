// What both load generators share: the shape of a result, the failed answers kept, the default
// number of connections.

export const BENCH_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 2xx, plus connection errors and timeouts. */
  failures: number;
  /** Of those: connection errors and timeouts (no answer at all). */
  unanswered: number;
  /** The first answers other than 2xx, status and body (recorded when `nextRequest` is given). */
  failed: FailedAnswer[];
}

export interface FailedAnswer {
  status: number;
  body: string;
}

const FAILED_ANSWERS_KEPT = 5;

/** True for an answer other than 2xx, which is then kept in `failed` while it holds fewer than FAILED_ANSWERS_KEPT. */
export function keptIfFailed(failed: FailedAnswer[], status: number, body: string): boolean {
  if (status >= 200 && status <= 299) return false;
  if (failed.length < FAILED_ANSWERS_KEPT) failed.push({ status, body: body.slice(0, 500) });
  return true;
}
