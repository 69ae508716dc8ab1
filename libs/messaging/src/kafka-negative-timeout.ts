/**
 * kafkajs 2.2.4's request queue arms a timer with a negative delay (its "throttled until" starts at
 * -1); Node ≥ 24 then warns `TimeoutNegativeWarning` and uses 1 ms, which is what kafkajs meant.
 * That one warning, and only when it comes from kafkajs's request queue, is dropped so that it does
 * not fill every service's and test's output; every other warning goes through unchanged.
 */
const KAFKAJS_REQUEST_QUEUE = /kafkajs[\\/]src[\\/]network[\\/]requestQueue/;

export function ignoreKafkajsNegativeTimeoutWarning(): void {
  const emitWarning = process.emitWarning as (...args: unknown[]) => void;
  if ((emitWarning as { kafkajsFiltered?: boolean }).kafkajsFiltered) return;
  const filtered = (...args: unknown[]) => {
    const type = typeof args[1] === 'string' ? args[1] : (args[1] as { type?: string } | undefined)?.type;
    if (type === 'TimeoutNegativeWarning' && KAFKAJS_REQUEST_QUEUE.test(new Error().stack ?? '')) return;
    emitWarning.apply(process, args);
  };
  filtered.kafkajsFiltered = true;
  process.emitWarning = filtered as typeof process.emitWarning;
}
