// Shared pieces of `npm run bench`: HTTP load with HDR percentiles, service processes, results.
import type autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../infrastructure';
import { BENCH_CONNECTIONS, type FailedAnswer, keptIfFailed, type LoadResult } from './load-common';

export { BENCH_CONNECTIONS, type FailedAnswer, type LoadResult } from './load-common';
export { pacedLoad, type PacedLoadOptions } from './paced-load';

export interface LoadOptions {
  connections?: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Sends exactly this many requests (instead of running for `seconds`). */
  amount?: number;
  /**
   * A body per request, e.g. unique values for a command; `path`, `method` and `headers` likewise;
   * `onResponse` sees that request's answer (e.g. to keep the id a command created for a later request).
   */
  nextRequest?: () => NextRequest;
  /** Open loop: this many requests per second over all connections, whatever the answers' pace. */
  overallRate?: number;
  /** A request unanswered for this long counts as a failure (autocannon's default: 10 s). */
  timeoutSeconds?: number;
}

export interface NextRequest {
  path?: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  onResponse?: (status: number, body: string) => void;
}

/** A connection's context: the reader of the answer to its request in flight. */
interface AnswerReader {
  onResponse?: NextRequest['onResponse'];
}

export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

/** Closed-loop HTTP load (autocannon); latency percentiles come from its HDR histogram. */
export async function load(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { default: autocannon } = await import('autocannon'); // only benchmarks pay for loading it
  const next = options.nextRequest;
  const failed: FailedAnswer[] = [];
  // autocannon ends a run of `amount` requests at its next one-second tick after the last answer,
  // so its duration can hold up to a second of waiting; such a run is timed to its last answer.
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url,
    connections: options.connections ?? BENCH_CONNECTIONS,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? BENCH_SECONDS }),
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    ...(options.timeoutSeconds ? { timeout: options.timeoutSeconds } : {}),
    // Answers are read only where needed: for the next request, or for the time of the last.
    ...(next || options.amount
      ? {
          requests: [
            {
              // One request at a time per connection: its context carries the answer's reader.
              ...(next
                ? {
                    setupRequest: (request: autocannon.Request, context: object) => {
                      const { onResponse, ...changes } = next();
                      (context as AnswerReader).onResponse = onResponse;
                      return { ...request, ...changes };
                    },
                  }
                : {}),
              onResponse: (status: number, body: string, context: object) => {
                lastAnswer = performance.now();
                keptIfFailed(failed, status, body);
                (context as AnswerReader).onResponse?.(status, body);
              },
            },
          ],
        }
      : {}),
  });
  const seconds = options.amount ? (lastAnswer - started) / 1000 : result.duration;
  return {
    requestsPerSecond: result.requests.total / (seconds || 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    unanswered: result.errors + result.timeouts,
    failed,
  };
}

/**
 * Measurements taken in short blocks, interleaved (a, b, c, a, b, c, …): each block of one side
 * runs right after a block of the side before it, so that a burst of noise on a 2-core machine, or
 * a drift over the run, reaches neighbouring blocks alike. The first `warmUp` rounds of blocks are
 * run and left out (a process's first seconds of load run code V8 has not optimised yet). Returns
 * each measurement's counted blocks, in order.
 */
export async function interleavedBlocks<R>(
  measures: Array<() => Promise<R>>,
  count: number,
  warmUp = 0,
): Promise<R[][]> {
  const blocks: R[][] = measures.map(() => []);
  for (let round = 0; round < warmUp + count; round++)
    for (const [i, measure] of measures.entries()) {
      const block = await measure();
      if (round >= warmUp) blocks[i].push(block);
    }
  return blocks;
}

/** The median of `values` (the mean of the middle two when their number is even). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median of a comparison of paired blocks, `compare(a[i], b[i])` for each block i (blocks of
 * two interleaved measurements): a block disturbed by noise moves the median by one place at most,
 * where it would move a mean or a best-of-n by all its noise.
 */
export function medianOfPairs<R>(a: R[], b: R[], compare: (a: R, b: R) => number): number {
  if (a.length !== b.length) throw new Error(`paired blocks of different counts: ${a.length}, ${b.length}`);
  return median(a.map((block, i) => compare(block, b[i])));
}

/**
 * Each measurement's better of two rounds by throughput, the rounds interleaved (a, b, a, b) so
 * that a burst of noise on a 2-core machine hits no side alone.
 */
export async function bestOfTwoRounds<R extends LoadResult>(measures: Array<() => Promise<R>>): Promise<R[]> {
  const rounds = await interleavedBlocks(measures, 2);
  return rounds.map(([a, b]) => (a.requestsPerSecond >= b.requestsPerSecond ? a : b));
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface BenchProcess {
  url: string;
  child: ChildProcess;
  rssMb(): number;
  /** CPU time (user + system) the process has used so far, in ms (10 ms resolution). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Node's flags and environment of every service process (infra/services.js), given to raw baselines alike. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICE_NODE_FLAGS, SERVICE_PROCESS_ENV } = require(path.join(REPO_ROOT, 'infra/services.js')) as {
  SERVICE_NODE_FLAGS: string[];
  SERVICE_PROCESS_ENV: Record<string, string>;
};

/**
 * Starts `node <script>` (TypeScript through the SWC hook when it ends in .ts) with the services'
 * Node flags and waits for its readiness URL.
 */
export async function startProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  readyPath = '/health/ready',
  nodeArgs: string[] = [],
): Promise<BenchProcess> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${path.join(REPO_ROOT, '.cache/profiles')}`,
        `--cpu-prof-name=${name}-${port}.cpuprofile`,
      ]
    : [];
  const typescript = script.endsWith('.ts')
    ? ['-r', path.join(REPO_ROOT, 'libs/testing/register-ts.js')]
    : [];
  const args = [...profile, ...SERVICE_NODE_FLAGS, ...nodeArgs, ...typescript, script];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...SERVICE_PROCESS_ENV, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${name} not ready after 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: utime, stime.
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () => stopChild(child),
  };
}

/** A bench script in a process of its own that reports progress as lines on stdout. */
export interface ReportingProcess {
  /** Resolves when the process prints `line` (or has printed it already). */
  reported(line: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function startReportingProcess(name: string, script: string, args: string[] = []): ReportingProcess {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${path.join(REPO_ROOT, '.cache/profiles')}`,
            `--cpu-prof-name=${name}.cpuprofile`,
          ]
        : []),
      ...SERVICE_NODE_FLAGS,
      '-r',
      path.join(REPO_ROOT, 'libs/testing/register-ts.js'),
      script,
      ...args,
    ],
    { env: { ...process.env, ...SERVICE_PROCESS_ENV }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (buffered + chunk).split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      seen.add(line);
      waiting.get(line)?.();
    }
  });
  return {
    reported: (line, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        if (seen.has(line)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`${name} did not report "${line}" within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const exited = () => reject(new Error(`${name} exited with code ${child.exitCode} before "${line}"`));
        child.once('exit', exited);
        waiting.set(line, () => {
          clearTimeout(timer);
          child.off('exit', exited);
          resolve();
        });
      }),
    stop: () => stopChild(child),
  };
}

/** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

export interface Verdict {
  id: string;
  /** The target's name: the same in every run (BENCH_RUNS finds a target's runs by id and name). */
  what: string;
  /** What Sinergi achieved and what it is compared with, for the table. */
  measured: string;
  baseline: string;
  /** e.g. "0.93× (≥ 0.90)". */
  ratio: string;
  pass: boolean;
}

/**
 * A ratio and its bound, as "0.93× (≥ 0.90)": two decimals, or more when two would put a ratio on
 * the other side of its bound than it is (0.497 reads "0.497× (≥ 0.50)", never a failing "0.50×").
 */
export function ratioAgainst(value: number, bound: number, side: 'at least' | 'at most', unit = '×'): string {
  const holds = (x: number) => (side === 'at least' ? x >= bound : x <= bound);
  let digits = 2;
  while (digits < 6 && holds(Number(value.toFixed(digits))) !== holds(value)) digits++;
  return `${value.toFixed(digits)}${unit} (${side === 'at least' ? '≥' : '≤'} ${bound.toFixed(2)})`;
}

/** Prints one target's result and records it for docs/BENCHMARKS.md. */
export function verdict(result: Verdict): void {
  console.log(`  ${result.pass ? 'PASS' : 'FAIL'} ${result.id} ${result.what}: ${result.ratio}`);
  console.log(`       Sinergi ${result.measured} | raw ${result.baseline}`);
  if (process.env.SINERGI_BENCH_RESULTS)
    appendFileSync(process.env.SINERGI_BENCH_RESULTS, `${JSON.stringify(result)}\n`);
}

/** A table of its own in docs/BENCHMARKS.md under `title` (markdown), written by the full run. */
export function reportSection(title: string, markdown: string): void {
  if (process.env.SINERGI_BENCH_RESULTS)
    appendFileSync(process.env.SINERGI_BENCH_RESULTS, `${JSON.stringify({ section: title, markdown })}\n`);
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const perSecond = (value: number, unit = 'req/s') =>
  `${Math.round(value).toLocaleString('en')} ${unit}`;
