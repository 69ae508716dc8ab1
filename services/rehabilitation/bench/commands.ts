// S1 commands: register a participant and record a release through the rehabilitation service,
// each against a bare `pg` pool running the very transactions the service committed (recorded
// statement by statement) on a copy of the database taken just before, in the same run.
import {
  BENCH_CONNECTIONS,
  copyDatabase,
  dropDatabaseCopy,
  internalHeaders,
  load,
  perSecond,
  recordedTransactions,
  REPO_ROOT,
  replayTransactions,
  serviceTestEnv,
  startProcess,
  testInfrastructure,
  verdict,
  type BenchProcess,
  type LoadResult,
} from '@sinergi/testing';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const dist = (service: string) => path.join(REPO_ROOT, 'services', service, 'dist/main.js');
const NIK_KEYS = {
  NIK_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  NIK_HASH_KEY: 'bench-nik-hash-key-0123456789abcdef',
};
const LAPAS = { code: 'LAPAS-BENCH', name: 'Lapas Pengukuran', kind: 'LAPAS', regionCode: '1505' };
const BAPAS = { code: 'BAPAS-BENCH', name: 'Bapas Pengukuran', kind: 'BAPAS', regionCode: '1571' };
const TARGET = 0.5;

const infra = testInfrastructure();
const databaseName = process.env.SINERGI_TEST_DATABASE!;
/** Fresh for each call or load: internal tokens live 30 s and name the service, method and path. */
const json = async (service: string, method: string, path: string) => ({
  ...(await internalHeaders({ service, method, path })),
  'content-type': 'application/json',
});

/**
 * Headers for releasing each of `ids` in turn, from a load's synchronous request setup: each is
 * signed shortly before its turn (a token names its own path and lives 30 s).
 */
function releaseHeaders(ids: string[]) {
  const signed: Array<Record<string, string>> = [];
  let taken = 0;
  let stopped = false;
  const signing = (async () => {
    for (let i = 0; i < ids.length && !stopped; i++) {
      while (i >= taken + 64 && !stopped) await new Promise((r) => setTimeout(r, 5));
      signed[i] = await json('rehabilitation', 'POST', `/participants/${ids[i]}/release`);
    }
  })();
  return {
    next: () => signed[taken++] ?? {},
    ready: async () => {
      while (signed.length < Math.min(64, ids.length)) await new Promise((r) => setTimeout(r, 5));
    },
    stop: async () => {
      stopped = true;
      await signing;
    },
  };
}

/** A unique, valid NIK and registration number for the n-th person (born 1990-05-12, male). */
function person(n: number) {
  const district = String(1 + (Math.floor(n / 9999) % 99)).padStart(2, '0');
  const serial = String(1 + (n % 9999)).padStart(4, '0');
  return {
    registrationNumber: `BENCH-${n}`,
    nik: `1505${district}120590${serial}`,
    fullName: `Warga Binaan ${n}`,
    sex: 'M',
    birthDate: '1990-05-12',
    facilityCode: LAPAS.code,
  };
}

async function startRehabilitation(captureFile?: string): Promise<BenchProcess> {
  const capture = captureFile ? ['-r', path.join(REPO_ROOT, 'libs/testing/capture-sql.js')] : [];
  return startProcess(
    'rehabilitation',
    dist('rehabilitation'),
    { ...serviceTestEnv('rehabilitation', NIK_KEYS), SINERGI_CAPTURE_SQL: captureFile ?? '' },
    '/health/ready',
    capture,
  );
}

async function participantIds(): Promise<string[]> {
  const client = new Client({ connectionString: infra.adminUrl.replace(/\/[^/]*$/, `/${databaseName}`) });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM rehabilitation.participant WHERE status = 'INCARCERATED' ORDER BY id`,
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/**
 * Runs `command` against the service with its SQL recorded, then the same transactions raw on a
 * copy of the database as it was before; prints and records the verdict.
 */
async function measure(
  what: string,
  marker: RegExp,
  command: (service: BenchProcess) => Promise<LoadResult>,
): Promise<void> {
  const copy = `${databaseName}_raw`;
  await copyDatabase(infra.adminUrl, databaseName, copy);
  const captureFile = path.join(tmpdir(), `${databaseName}-${marker.source.replace(/\W/g, '')}.jsonl`);
  const service = await startRehabilitation(captureFile);
  let result: LoadResult;
  try {
    result = await command(service);
  } finally {
    await service.stop();
  }
  const transactions = recordedTransactions(captureFile, marker);
  const rawUrl = new URL(infra.databaseUrlOf('rehabilitation'));
  rawUrl.pathname = `/${copy}`;
  const raw = await replayTransactions(rawUrl.toString(), transactions, BENCH_CONNECTIONS);
  await dropDatabaseCopy(infra.adminUrl, copy);
  if (result.failures > 0) throw new Error(`${what}: ${result.failures} requests failed`);
  const ratio = result.requestsPerSecond / raw.perSecond;
  verdict({
    id: 'S1',
    what,
    measured: `${perSecond(result.requestsPerSecond, 'commands/s')}, p99 ${result.p99Ms.toFixed(1)} ms`,
    baseline: `${perSecond(raw.perSecond, 'tx/s')} (${raw.transactions} transactions of ${raw.statementsPerTransaction.toFixed(1)} statements)`,
    ratio: `${ratio.toFixed(2)}× (≥ ${TARGET.toFixed(2)})`,
    pass: ratio >= TARGET,
  });
}

async function main() {
  const agreements = await startProcess('agreements', dist('agreements'), serviceTestEnv('agreements'));
  const rehabilitation = await startRehabilitation();
  try {
    for (const agency of [LAPAS, BAPAS]) {
      const response = await fetch(`${agreements.url}/agencies`, {
        method: 'POST',
        headers: await json('agreements', 'POST', '/agencies'),
        body: JSON.stringify(agency),
      });
      if (response.status !== 201) throw new Error(`registering ${agency.code}: ${response.status}`);
    }
    // The facility reaches rehabilitation as an event; registering the first person proves it arrived.
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${rehabilitation.url}/participants`, {
        method: 'POST',
        headers: await json('rehabilitation', 'POST', '/participants'),
        body: JSON.stringify(person(0)),
      });
      if (response.status === 201) break;
      if (attempt > 100) throw new Error(`the facility never reached rehabilitation (${response.status})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    // A database can be copied only while no one is connected to it.
    await Promise.all([agreements.stop(), rehabilitation.stop()]);
  }

  console.log('S1 commands (rehabilitation service directly, against the same SQL run raw)');
  let n = 1;
  await measure('register a participant', /INSERT INTO "rehabilitation"\."participant"/i, async (service) =>
    load(`${service.url}/participants`, {
      method: 'POST',
      headers: await json('rehabilitation', 'POST', '/participants'),
      nextRequest: () => ({ body: JSON.stringify(person(n++)) }),
    }),
  );
  const released = await participantIds();
  if (released.length === 0) throw new Error('no registered participant to release');
  let next = 0;
  await measure('record a release', /UPDATE "rehabilitation"\."participant"/i, async (service) => {
    const headers = releaseHeaders(released);
    await headers.ready();
    try {
      return await load(`${service.url}/participants/${released[0]}/release`, {
        method: 'POST',
        amount: released.length,
        nextRequest: () => ({
          path: `/participants/${released[next++]}/release`,
          headers: headers.next(),
          body: JSON.stringify({ releaseDate: '2026-11-01', releaseType: 'PAROLE', bapasCode: BAPAS.code }),
        }),
      });
    } finally {
      await headers.stop();
    }
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
