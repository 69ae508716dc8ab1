// The open-loop load at an even pace, run in a worker thread of its own.
import path from 'node:path';
import { createHistogram } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Pool } from 'undici';
import { BENCH_CONNECTIONS, keptIfFailed, type FailedAnswer, type LoadResult } from './load-common';

export interface PacedLoadOptions {
  /** Requests per second, sent at even intervals whatever the answers' pace. */
  rate: number;
  seconds: number;
  connections?: number;
  headers?: Record<string, string>;
}

/** How often the paced load looks for requests that are due. */
const PACING_TICK_MS = 1;

/**
 * Open-loop HTTP load at an even pace (GETs over an undici pool): request i is due at
 * i / rate seconds, and its latency counts from then, so the time it waited for a free connection
 * counts too. autocannon's own rate sends each second's requests as fast as it can and then waits,
 * which measures bursts, not a pace. Latency percentiles come from Node's HDR histogram
 * (`perf_hooks.createHistogram`), in microseconds.
 */
export async function pacedLoadInThisThread(url: string, options: PacedLoadOptions): Promise<LoadResult> {
  const target = new URL(url);
  const pool = new Pool(target.origin, {
    connections: options.connections ?? BENCH_CONNECTIONS,
    pipelining: 1,
  });
  const latencies = createHistogram();
  const failed: FailedAnswer[] = [];
  let failures = 0;
  let unanswered = 0;
  const answers: Array<Promise<void>> = [];
  const send = (dueTime: number) =>
    pool
      .request({ method: 'GET', path: `${target.pathname}${target.search}`, headers: options.headers })
      .then(
        async (response) => {
          const body = await response.body.text();
          latencies.record(Math.max(1, Math.round((performance.now() - dueTime) * 1000)));
          if (keptIfFailed(failed, response.statusCode, body)) failures++;
        },
        () => {
          failures++;
          unanswered++;
        },
      );
  const total = Math.round(options.rate * options.seconds);
  const started = performance.now();
  const dueAt = (request: number) => started + (request * 1000) / options.rate;
  await new Promise<void>((resolve) => {
    let sent = 0;
    const due = () => {
      const now = performance.now();
      for (; sent < total && dueAt(sent) <= now; sent++) answers.push(send(dueAt(sent)));
      if (sent < total) setTimeout(due, PACING_TICK_MS);
      else resolve();
    };
    due();
  });
  await Promise.all(answers);
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return {
    requestsPerSecond: latencies.count / seconds,
    p50Ms: latencies.percentile(50) / 1000,
    p99Ms: latencies.percentile(99) / 1000,
    failures,
    unanswered,
    failed,
  };
}

/** The paced load's thread and the loads it has yet to answer, by id. */
let thread: Worker | undefined;
const pending = new Map<number, { resolve: (result: LoadResult) => void; reject: (error: Error) => void }>();
let nextLoad = 0;

function pacedLoadThread(): Worker {
  if (thread) return thread;
  // Run from the TypeScript sources (a bench, a test), the thread loads them the same way.
  const typescript = path.extname(__filename) === '.ts';
  const started = new Worker(path.join(__dirname, `paced-load-worker${path.extname(__filename)}`), {
    execArgv: typescript ? ['-r', path.join(__dirname, '../../register-ts.js')] : [],
  });
  const failAll = (error: Error) => {
    thread = undefined;
    for (const load of pending.values()) load.reject(error);
    pending.clear();
  };
  started.on('message', ({ id, result, error }: { id: number; result?: LoadResult; error?: string }) => {
    if (result) pending.get(id)?.resolve(result);
    else pending.get(id)?.reject(new Error(`paced load: ${error}`));
    pending.delete(id);
    // An idle thread does not keep the process alive.
    if (pending.size === 0) started.unref();
  });
  started.on('error', failAll);
  started.on('exit', (code) => failAll(new Error(`the paced load's thread stopped with code ${code}`)));
  thread = started;
  return started;
}

/**
 * The paced load (pacedLoadInThisThread) in a worker thread of its own, kept for the next load
 * (its compiled code stays warm), whose heap holds only the load. A bench process holds far more
 * (clients, tokens, earlier results): run there, one of its full collections (60–80 ms with some
 * 100 MB to mark) stalled the sending and reading of every request for that long, which counted in
 * the latencies as if the system measured had been slow.
 */
export function pacedLoad(url: string, options: PacedLoadOptions): Promise<LoadResult> {
  const id = nextLoad++;
  const worker = pacedLoadThread();
  worker.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, url, options });
  });
}
