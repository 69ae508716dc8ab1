// S1, shared by every service's command benchmark: a command sent to the service directly (its SQL
// recorded), then the very same transactions run by a bare `pg` pool on a copy of the database taken
// just before, in the same run; the verdict compares the two.
import type { CallerIdentity } from '@sinergi/platform';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../infrastructure';
import { internalHeaders, PLATFORM_ADMIN } from '../service-harness';
import { serviceTestEnv, testInfrastructure } from '../test-env';
import {
  BENCH_CONNECTIONS,
  type BenchProcess,
  load,
  type LoadResult,
  perSecond,
  ratioAgainst,
  startProcess,
  verdict,
} from './bench-kit';
import { copyDatabase, dropDatabaseCopy, openReplay, recordReader, type ReplayRound } from './sql-replay';

export const COMMAND_TARGET = 0.5;

/** The bench database (the one `npm run bench` provisioned for this run). */
export const benchDatabase = () => process.env.SINERGI_TEST_DATABASE!;

/** A URL of the bench database as `role` of `service` ('runtime' or its schema 'owner'). */
export function benchDatabaseUrl(service: string, role: 'runtime' | 'owner' = 'runtime'): string {
  const infra = testInfrastructure();
  return role === 'owner' ? infra.migrationDatabaseUrlOf(service) : infra.databaseUrlOf(service);
}

/** Runs `work` with a client connected as the service's schema owner (seeding as migrations would). */
export async function asSchemaOwner<T>(service: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: benchDatabaseUrl(service, 'owner') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A service of this repository, built (`dist/main.js`), started with the test environment. */
export function startBuiltService(
  service: string,
  env: Record<string, string> = {},
  captureFile?: string,
): Promise<BenchProcess> {
  const capture = captureFile ? ['-r', path.join(REPO_ROOT, 'libs/testing/capture-sql.js')] : [];
  return startProcess(
    service,
    path.join(REPO_ROOT, 'services', service, 'dist/main.js'),
    { ...serviceTestEnv(service, env), SINERGI_CAPTURE_SQL: captureFile ?? '' },
    '/health/ready',
    capture,
  );
}

/** Headers of a JSON call as the gateway signs it (fresh for each: an internal token lives 30 s). */
export const jsonHeaders = async (
  service: string,
  method: string,
  path: string,
  caller: CallerIdentity = PLATFORM_ADMIN,
) => ({
  ...(await internalHeaders({ service, method, path }, caller)),
  'content-type': 'application/json',
});

/**
 * Headers for calling each of `paths` in turn from a load's synchronous request setup: each is
 * signed shortly before its turn (a token names its own path and lives 30 s).
 */
export function headersInTurn(service: string, method: string, paths: string[], caller?: CallerIdentity) {
  const signed: Array<Record<string, string>> = [];
  let taken = 0;
  let stopped = false;
  const ahead = 64;
  const signing = (async () => {
    for (let i = 0; i < paths.length && !stopped; i++) {
      while (i >= taken + ahead && !stopped) await new Promise((r) => setTimeout(r, 5));
      signed[i] = await jsonHeaders(service, method, paths[i], caller);
    }
  })();
  return {
    next: () => signed[taken++] ?? {},
    ready: async () => {
      while (signed.length < Math.min(ahead, paths.length)) await new Promise((r) => setTimeout(r, 5));
    },
    stop: async () => {
      stopped = true;
      await signing;
    },
  };
}

export interface PathCommand {
  /** The path of each request, in turn (a path may come more than once: each call has its own token). */
  paths: string[];
  body: (index: number) => unknown;
  caller?: CallerIdentity;
}

/** Calls `method` on each of `paths` in turn (32 connections), each call with a token of its own. */
export async function loadEachPath(
  service: string,
  url: string,
  method: 'POST',
  command: PathCommand,
): Promise<LoadResult> {
  const headers = headersInTurn(service, method, command.paths, command.caller);
  await headers.ready();
  let next = 0;
  try {
    return await load(`${url}${command.paths[0]}`, {
      method,
      amount: command.paths.length,
      nextRequest: () => {
        const i = next++;
        return { path: command.paths[i], headers: headers.next(), body: JSON.stringify(command.body(i)) };
      },
    });
  } finally {
    await headers.stop();
  }
}

export interface CommandMeasurement {
  /** The service measured, as in services/<name>. */
  service: string;
  /** Its environment besides the test one (keys, etc.). */
  env?: Record<string, string>;
  what: string;
  /** A statement that only the measured command's transactions run. */
  marker: RegExp;
  /** The calls (POST), each path once, in turn. */
  command: PathCommand;
}

/**
 * The share of a command's calls made first and not timed, on both sides: a service just started
 * compiles its code and opens its connections during its first calls, and the raw pool opens its own.
 */
const WARM_UP_SHARE = 1 / 8;

/** The timed calls are split into this many rounds, each side's taken in turn (see measureCommand). */
const ROUNDS = 2;

/** A service using no more CPU than this over QUIET_WINDOW_MS is quiet (4 % of a core; /proc counts in 10 ms). */
const QUIET_CPU_MS = 10;
const QUIET_WINDOW_MS = 250;

/**
 * Waits until the service has gone quiet after its round (its relay has published the round's
 * events), so that the raw round that follows has the machine to itself.
 */
async function quietDown(service: BenchProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let before = service.cpuMs(); ;) {
    await new Promise((r) => setTimeout(r, QUIET_WINDOW_MS));
    const now = service.cpuMs();
    if (now - before <= QUIET_CPU_MS) return;
    if (Date.now() > deadline) {
      console.log('  the service was still busy 30 s after its round; the raw round runs alongside it');
      return;
    }
    before = now;
  }
}

/** One round of each side: the service's answers and CPU, and the raw pool's replay of the same transactions. */
interface CommandRound {
  sinergi: LoadResult;
  /** The service process's CPU per command in the round, in µs. */
  serviceCpuMicros: number;
  raw: ReplayRound;
}

/**
 * Runs `command` against the service with its SQL recorded, and the same transactions raw on a copy
 * of the database as it was before; prints and records the S1 verdict. The first WARM_UP_SHARE of
 * the calls warm both sides up untimed. The rest run in ROUNDS rounds: the service's round, then,
 * once the service has gone quiet, the raw replay of the transactions it committed. Each raw round
 * so starts from the rows the service's round started from, but for the relay's queue (the relay's
 * own transactions are not replayed). Each side is judged by its better round, as the HTTP
 * benchmarks are: a burst of other work on a 2-core machine (autovacuum after the round before, a
 * checkpoint) then hits no side alone. No one may be connected to the bench database when it is
 * called (it is copied).
 */
export async function measureCommand(m: CommandMeasurement): Promise<void> {
  const infra = testInfrastructure();
  const database = benchDatabase();
  const copy = `${database}_raw`;
  await copyDatabase(infra.adminUrl, database, copy);
  const rawUrl = new URL(infra.databaseUrlOf(m.service));
  rawUrl.pathname = `/${copy}`;
  const replay = openReplay(rawUrl.toString(), BENCH_CONNECTIONS);
  try {
    const captureFile = path.join(tmpdir(), `${database}-${m.marker.source.replace(/\W/g, '')}.jsonl`);
    const service = await startBuiltService(m.service, m.env, captureFile);
    const { paths, body, caller } = m.command;
    const warmUps = Math.floor(paths.length * WARM_UP_SHARE);
    const perRound = Math.floor((paths.length - warmUps) / ROUNDS);
    const bounds = [0, ...Array.from({ length: ROUNDS }, (_, r) => warmUps + r * perRound), paths.length];
    const rounds: CommandRound[] = [];
    const records = recordReader(captureFile, m.marker);
    try {
      for (let r = 0; r < bounds.length - 1; r++) {
        const [from, to] = [bounds[r], bounds[r + 1]];
        if (to === from) continue;
        const cpuBefore = service.cpuMs();
        const sinergi = await loadEachPath(m.service, service.url, 'POST', {
          paths: paths.slice(from, to),
          body: (i) => body(from + i),
          caller,
        });
        const serviceCpuMs = service.cpuMs() - cpuBefore;
        if (sinergi.failures > 0)
          throw new Error(
            `${m.what}: ${sinergi.failures} requests failed (${sinergi.unanswered} unanswered: errors or timeouts); ` +
              `first answers: ${sinergi.failed.map((f) => `${f.status} ${f.body}`).join(' | ') || 'none'}`,
          );
        // In commit order: every call before `to` was answered, so committed, before the round ended.
        const recorded = await records.upTo(to).catch((error: Error) => {
          throw new Error(`${m.what}: ${error.message}`);
        });
        await quietDown(service);
        const raw = await replay.run(recorded.slice(from, to));
        if (r > 0) rounds.push({ sinergi, serviceCpuMicros: (serviceCpuMs * 1000) / (to - from), raw });
      }
    } finally {
      await service.stop();
    }
    // Nothing more recorded after the last round, the service's exit included.
    await records.upTo(paths.length, 0).catch((error: Error) => {
      throw new Error(`${m.what}: ${error.message}`);
    });
    if (rounds.length < ROUNDS)
      throw new Error(`${m.what}: ${paths.length} calls are too few for ${ROUNDS} rounds`);
    const sinergi = rounds
      .map((round) => round.sinergi)
      .reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
    const raw = rounds.map((round) => round.raw).reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    const each = (value: (round: CommandRound) => number) =>
      rounds.map((round) => Math.round(value(round)).toLocaleString('en')).join(', ');
    const ratio = sinergi.requestsPerSecond / raw.perSecond;
    verdict({
      id: 'S1',
      what: m.what,
      // What each process spent per command: unlike throughput, barely moved by the load others put
      // on the machine.
      measured:
        `${perSecond(sinergi.requestsPerSecond, 'commands/s')} (rounds: ${each((r) => r.sinergi.requestsPerSecond)}), ` +
        `p99 ${sinergi.p99Ms.toFixed(1)} ms, ${each((r) => r.serviceCpuMicros)} µs CPU per command`,
      baseline:
        `${perSecond(raw.perSecond, 'tx/s')} (rounds: ${each((r) => r.raw.perSecond)}; ${raw.transactions} transactions ` +
        `of ${raw.statementsPerTransaction.toFixed(1)} statements a round), ` +
        `${each((r) => r.raw.cpuMicros / Math.max(r.raw.transactions, 1))} µs CPU per transaction`,
      ratio: ratioAgainst(ratio, COMMAND_TARGET, 'at least'),
      pass: ratio >= COMMAND_TARGET,
    });
  } finally {
    await replay.end();
    await dropDatabaseCopy(infra.adminUrl, copy);
  }
}

/** Runs a bench script's main and exits with its outcome. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
