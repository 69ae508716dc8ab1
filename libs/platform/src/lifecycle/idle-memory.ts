import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';

/** `gc` as `--expose-gc` gives it (SERVICE_NODE_FLAGS in infra/services.js). */
type ExposedGc = (options: { type: 'major'; flavor: 'last-resort' }) => void;

export interface IdleMemorySettings {
  /** Seconds of a quiet event loop before memory is given back. */
  quietSeconds: number;
  /** Below this share of a second spent busy, a second counts as quiet. */
  quietUtilization: number;
  /** Only when the heap has grown by this much since memory was last given back. */
  growthBytes: number;
}

export const IDLE_MEMORY_DEFAULTS: IdleMemorySettings = {
  // A full collection costs the next burst of work its warmed-up state: after one, the gateway's
  // reads took about 1.5 times the CPU per request for the next several seconds. Pauses between
  // bursts shorter than this keep it; a service quiet for half a minute gives its memory back.
  quietSeconds: 30,
  // An idle service still heartbeats, fetches and checks its readiness: 2–5 % of a second on a slow
  // machine. Under load a service is well above a tenth.
  quietUtilization: 0.1,
  growthBytes: 4 * 1024 * 1024,
};

/**
 * Decides, second by second, when a quiet spell after work has come (pure, for tests). The first
 * quiet spell always collects: growth is counted from the heap a collection left, never from the
 * heap at start-up, which still holds the boot's garbage and may be as large as the heap after a
 * burst of work.
 */
export class IdleMemoryDecision {
  private quiet = 0;
  private baseline = -Infinity;

  constructor(private readonly settings: IdleMemorySettings = IDLE_MEMORY_DEFAULTS) {}

  /** One second's event-loop utilization and the heap size at its end: true when to collect now. */
  second(utilization: number, heapBytes: number): boolean {
    this.quiet = utilization < this.settings.quietUtilization ? this.quiet + 1 : 0;
    return this.quiet >= this.settings.quietSeconds && heapBytes >= this.baseline + this.settings.growthBytes;
  }

  /** The heap size after collecting: growth is counted from there. */
  collected(heapBytes: number): void {
    this.baseline = heapBytes;
    this.quiet = 0;
  }
}

/**
 * Gives memory back once a service goes quiet after work. Under load V8 grows the young generation
 * to its maximum and keeps it, with the old generation's emptied pages, until its next full
 * collection — which a service with nothing to do never reaches. After a quiet spell, when the heap
 * has grown since the last time, one memory-reducing collection runs (V8's last resort: compaction,
 * a small young generation, pooled pages released). A busy service never pays for it; a quiet one
 * once per spell, while nothing waits. Does nothing without `--expose-gc`. Returns the stop function.
 */
export function reduceMemoryWhenIdle(
  settings: IdleMemorySettings = IDLE_MEMORY_DEFAULTS,
  gc = (globalThis as { gc?: ExposedGc }).gc,
): () => void {
  if (typeof gc !== 'function') return () => undefined;
  const heapBytes = () => v8.getHeapStatistics().total_heap_size;
  const decision = new IdleMemoryDecision(settings);
  let last = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    if (!decision.second(utilization, heapBytes())) return;
    gc({ type: 'major', flavor: 'last-resort' });
    decision.collected(heapBytes());
    // The collection itself is not work that should count against the next quiet spell.
    last = performance.eventLoopUtilization();
  }, 1_000);
  timer.unref();
  return () => clearInterval(timer);
}
