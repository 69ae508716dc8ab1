/**
 * kafkajs 2.2.4's request queue (one per broker connection) re-arms its "check pending requests"
 * timer after every check, even with nothing pending and no throttling, and with a negative delay
 * (its "throttled until" starts at -1), which Node runs after 1 ms: every connection of every
 * service woke its event loop about a thousand times a second for nothing (kafkajs issues #1556,
 * #1704, #1751; the fixes are not released). Node ≥ 24 also warned `TimeoutNegativeWarning` for it.
 * The queue's scheduler is replaced by one that arms the timer only when a check can do something:
 * requests are waiting (checked after the throttle ends, or every 10 ms as kafkajs does), or the
 * broker throttles the connection (checked once when it ends).
 */

/** The parts of kafkajs's `RequestQueue` its scheduler reads and writes. */
export interface RequestQueueState {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs's own class (not exported by its package's entry point). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const KafkajsRequestQueue = require('kafkajs/src/network/requestQueue/index.js') as {
  new (options: Record<string, unknown>): RequestQueueState;
  prototype: RequestQueueState;
};

/** kafkajs's own interval between checks while requests wait for a free in-flight slot. */
const CHECK_PENDING_REQUESTS_INTERVAL_MS = 10;

/** When the queue's next check is due, in ms from now; undefined when none is needed. */
export function nextPendingCheckInMs(pending: number, throttledForMs: number): number | undefined {
  if (throttledForMs > 0) return throttledForMs;
  return pending > 0 ? CHECK_PENDING_REQUESTS_INTERVAL_MS : undefined;
}

export function stopIdleRequestQueueChecks(): void {
  KafkajsRequestQueue.prototype.scheduleCheckPendingRequests = function scheduleCheckPendingRequests(
    this: RequestQueueState,
  ) {
    if (this.throttleCheckTimeoutId) return;
    const delay = nextPendingCheckInMs(this.pending.length, this.throttledUntil - Date.now());
    if (delay === undefined) return;
    this.throttleCheckTimeoutId = setTimeout(() => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    }, delay);
  };
}
