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
import { copyDatabase, dropDatabaseCopy, recordedTransactions, replayTransactions } from './sql-replay';

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

/**
 * Runs `command` against the service with its SQL recorded, then the same transactions raw on a
 * copy of the database as it was before; prints and records the S1 verdict. On each side the first
 * WARM_UP_SHARE of the calls (their transactions, on the raw side) run before the timed rest. No one
 * may be connected to the bench database when it is called (it is copied).
 */
export async function measureCommand(m: CommandMeasurement): Promise<void> {
  const infra = testInfrastructure();
  const database = benchDatabase();
  const copy = `${database}_raw`;
  await copyDatabase(infra.adminUrl, database, copy);
  try {
    const captureFile = path.join(tmpdir(), `${database}-${m.marker.source.replace(/\W/g, '')}.jsonl`);
    const service = await startBuiltService(m.service, m.env, captureFile);
    const { paths, body, caller } = m.command;
    const warmUps = Math.floor(paths.length * WARM_UP_SHARE);
    const calls = async (from: number, to: number) => {
      const result = await loadEachPath(m.service, service.url, 'POST', {
        paths: paths.slice(from, to),
        body: (i) => body(from + i),
        caller,
      });
      if (result.failures > 0)
        throw new Error(
          `${m.what}: ${result.failures} requests failed (${result.unanswered} unanswered: errors or timeouts); ` +
            `first answers: ${result.failed.map((f) => `${f.status} ${f.body}`).join(' | ') || 'none'}`,
        );
      return result;
    };
    let result: LoadResult;
    let serviceCpuMs: number;
    try {
      if (warmUps > 0) await calls(0, warmUps);
      const cpuBefore = service.cpuMs();
      result = await calls(warmUps, paths.length);
      serviceCpuMs = service.cpuMs() - cpuBefore;
    } finally {
      await service.stop();
    }
    // In commit order: the warm-up's calls were all answered, so committed, before the timed ones began.
    const recorded = recordedTransactions(captureFile, m.marker);
    if (recorded.length !== paths.length)
      throw new Error(
        `${m.what}: ${paths.length} calls, but ${recorded.length} of their transactions recorded`,
      );
    const timed = paths.length - warmUps;
    // What the service's own process spent per command: unlike throughput, barely moved by the load
    // others put on the machine.
    const cpuPerCommand = `${Math.round((serviceCpuMs * 1000) / Math.max(timed, 1))} µs CPU per command`;
    const rawUrl = new URL(infra.databaseUrlOf(m.service));
    rawUrl.pathname = `/${copy}`;
    const raw = await replayTransactions(rawUrl.toString(), recorded, BENCH_CONNECTIONS, warmUps);
    const rawCpuPerTransaction = `${Math.round(raw.cpuMicros / Math.max(raw.transactions, 1))} µs CPU per transaction`;
    const ratio = result.requestsPerSecond / raw.perSecond;
    verdict({
      id: 'S1',
      what: m.what,
      measured: `${perSecond(result.requestsPerSecond, 'commands/s')}, p99 ${result.p99Ms.toFixed(1)} ms, ${cpuPerCommand}`,
      baseline: `${perSecond(raw.perSecond, 'tx/s')} (${raw.transactions} transactions of ${raw.statementsPerTransaction.toFixed(1)} statements), ${rawCpuPerTransaction}`,
      ratio: ratioAgainst(ratio, COMMAND_TARGET, 'at least'),
      pass: ratio >= COMMAND_TARGET,
    });
  } finally {
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
