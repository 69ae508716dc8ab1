// SOAK: a mixed workload through the gateway (80 % reads, 20 % commands across every service) for
// BENCH_SOAK_MINUTES (10) at half the maximum rate, measured first in the same run by a closed-loop
// burst of the same mix. Per minute: p50, p99, failed requests and the RSS of every process.
// PASS: no failed request, p99 of the last minute ≤ 1.5× that of minute 2, and every process's RSS at
// the end within ±10 % of its RSS at minute 2.
import {
  load,
  type LoadResult,
  ms,
  type NextRequest,
  ratioAgainst,
  reportSection,
  runBench,
  verdict,
} from '@sinergi/testing';
import { demoNik, AGENCIES } from '../src/demo/muaro-jambi-journey';
import { ApiSession } from '../src/demo/api-session';
import { startBenchPlatform, type BenchPlatform } from './bench-platform';

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const BURST_SECONDS = Number(process.env.BENCH_SOAK_BURST_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** The minute whose p99 and RSS the end is compared with (the first one is the warm-up). */
const BASELINE_MINUTE = Math.min(2, MINUTES);

type Role = 'agreement-officer' | 'program-officer' | 'probation-officer' | 'finance-officer' | 'auditor';

interface Operation {
  name: string;
  /** Out of 100; reads add up to 80, commands to 20. */
  weight: number;
  role: Role;
  /** A read (a GET without side effects), timed alone after every minute. */
  read?: boolean;
  request(): NextRequest;
}

/** Bearer tokens of the story's clients, one per role, renewed every minute (they live 15 minutes). */
class Tokens {
  private readonly headers = new Map<Role, Record<string, string>>();
  constructor(private readonly platform: BenchPlatform) {}

  async renew() {
    for (const client of this.platform.journey.clients) {
      const role = client.role as Role;
      if (role === 'agreement-officer' && client.agencyCode !== AGENCIES.pemkab.code) continue;
      const { body } = await new ApiSession(this.platform.gatewayUrl).send(
        'POST',
        '/auth/token',
        { clientId: client.clientId, clientSecret: client.clientSecret },
        200,
      );
      this.headers.set(role, { authorization: `Bearer ${body.accessToken as string}` });
    }
  }

  of(role: Role, json = false): Record<string, string> {
    return { ...this.headers.get(role)!, ...(json ? { 'content-type': 'application/json' } : {}) };
  }
}

/** The mix; commands that need an earlier command's result (a release, a funding request) keep pools. */
async function workload(platform: BenchPlatform, tokens: Tokens) {
  const { journey } = platform;
  const lapas = new ApiSession(platform.gatewayUrl, tokens.of('program-officer').authorization.slice(7));
  const session = await lapas.post(
    `/programs/${journey.programIds.welding}/sessions`,
    { date: '2026-10-05', topic: 'Las listrik, modul 5' },
    201,
  );
  const attendees = journey.participantIds.slice(0, 7);
  let serial = 0;
  const registered: string[] = [];
  const draftPrograms: string[] = [];
  const keep = (pool: string[]) => (status: number, body: string) => {
    if (status < 300) pool.push((JSON.parse(body) as { id: string }).id);
  };
  const get = (name: string, weight: number, role: Role, path: string): Operation => ({
    name,
    weight,
    role,
    read: true,
    request: () => ({ method: 'GET', path: `/api/v1${path}`, headers: tokens.of(role) }),
  });
  const post = (
    role: Role,
    path: string,
    body: unknown,
    onResponse?: NextRequest['onResponse'],
  ): NextRequest => ({
    method: 'POST',
    path: `/api/v1${path}`,
    headers: tokens.of(role, true),
    body: JSON.stringify(body),
    onResponse,
  });
  const register = (): NextRequest => {
    const n = ++serial;
    return post(
      'program-officer',
      '/participants',
      {
        registrationNumber: `SOAK-${process.pid}-${n}`,
        nik: demoNik(10 + Math.floor(n / 9000), '1990-01-01', 'M', 1 + (n % 9000)),
        fullName: `Peserta Soak ${n}`,
        sex: 'M',
        birthDate: '1990-01-01',
        facilityCode: AGENCIES.lapas.code,
      },
      keep(registered),
    );
  };
  const createProgram = (): NextRequest =>
    post(
      'program-officer',
      '/programs',
      {
        agreementId: journey.pksId,
        facilityCode: AGENCIES.lapas.code,
        track: 'KEMANDIRIAN',
        category: 'WELDING',
        title: `Pelatihan las angkatan ${++serial}`,
        providerAgencyCode: AGENCIES.disnaker.code,
        capacity: 10,
        startDate: '2026-09-01',
        endDate: '2026-12-20',
        plannedSessions: 4,
        budgetRequested: 1_000_000,
      },
      keep(draftPrograms),
    );
  const today = new Date().toISOString().slice(0, 10);
  const operations: Operation[] = [
    get('read an agreement', 14, 'agreement-officer', `/agreements/${journey.pksId}`),
    get('list programs', 8, 'program-officer', `/programs?agreementId=${journey.pksId}`),
    get('list participants', 8, 'program-officer', `/participants?facilityCode=${AGENCIES.lapas.code}`),
    get('read a participant', 6, 'program-officer', `/participants/${journey.participantIds[1]}`),
    get('list enrolments', 6, 'program-officer', `/programs/${journey.programIds.welding}/enrollments`),
    get(
      'read attendance',
      4,
      'program-officer',
      `/programs/${journey.programIds.welding}/sessions/${session.id}/attendance`,
    ),
    get('list cases', 8, 'probation-officer', `/reintegration/cases?bapasCode=${AGENCIES.bapas.code}`),
    get('read a case', 4, 'probation-officer', `/reintegration/cases/${journey.caseIds[0]}`),
    get('read a budget', 8, 'finance-officer', `/budgets/${journey.budgetId}`),
    get('list allocations', 4, 'finance-officer', `/allocations?agreementId=${journey.pksId}`),
    get(
      'agreement overview',
      4,
      'agreement-officer',
      `/agreements/${journey.pksId}/overview?fiscalYear=2026`,
    ),
    get(
      'agreement summary',
      4,
      'agreement-officer',
      `/reintegration/metrics/agreement-summary?agreementId=${journey.pksId}&cohortYear=2026`,
    ),
    get('list the audit trail', 2, 'auditor', '/audit?limit=20'),
    { name: 'register a participant', weight: 5, role: 'program-officer', request: register },
    {
      name: 'record a release',
      weight: 3,
      role: 'program-officer',
      request: () => {
        const id = registered.shift();
        if (!id) return register();
        return post('program-officer', `/participants/${id}/release`, {
          releaseDate: today,
          releaseType: 'PAROLE',
          bapasCode: AGENCIES.bapas.code,
          domicileRegionCode: '1505',
        });
      },
    },
    {
      name: 'create a session',
      weight: 2,
      role: 'program-officer',
      request: () =>
        post('program-officer', `/programs/${journey.programIds.welding}/sessions`, {
          date: '2026-10-12',
          topic: `Las listrik, praktik ${++serial}`,
        }),
    },
    {
      name: 'record attendance',
      weight: 3,
      role: 'program-officer',
      request: () =>
        post('program-officer', `/programs/${journey.programIds.welding}/sessions/${session.id}/attendance`, {
          records: attendees.map((participantId) => ({
            participantId,
            status: Math.random() < 0.9 ? 'PRESENT' : 'ABSENT',
          })),
        }),
    },
    {
      name: 'draft an agreement',
      weight: 2,
      role: 'agreement-officer',
      request: () =>
        post('agreement-officer', '/agreements', {
          kind: 'PKS',
          parentAgreementId: journey.mouId,
          number: `PKS/SOAK/${process.pid}/${++serial}`,
          title: 'PKS pembinaan kemandirian (draf)',
          scopes: ['SKILLS_TRAINING'],
          partyCodes: [AGENCIES.pemkab.code, AGENCIES.kanwil.code],
          startDate: '2026-07-01',
          endDate: '2027-12-31',
        }),
    },
    { name: 'create a program', weight: 2, role: 'program-officer', request: createProgram },
    {
      name: 'request an allocation',
      weight: 3,
      role: 'program-officer',
      request: () => {
        const id = draftPrograms.shift();
        return id ? post('program-officer', `/programs/${id}/request-funding`, {}) : createProgram();
      },
    },
  ];
  const total = operations.reduce((sum, o) => sum + o.weight, 0);
  if (total !== 100) throw new Error(`the mix adds up to ${total}, not 100`);

  // A fixed, interleaved sequence of 100 operations in their proportions.
  const sequence: Operation[] = [];
  const credit = new Map(operations.map((o) => [o, 0]));
  for (let i = 0; i < 100; i++) {
    for (const o of operations) credit.set(o, credit.get(o)! + o.weight);
    const next = operations.reduce((a, b) => (credit.get(b)! > credit.get(a)! ? b : a));
    credit.set(next, credit.get(next)! - 100);
    sequence.push(next);
  }
  const failures = new Map<string, { count: number; example: string }>();
  let position = 0;
  return {
    failures,
    reads: operations.filter((o) => o.read),
    next: (): NextRequest => {
      const operation = sequence[position++ % sequence.length];
      const request = operation.request();
      const answer = request.onResponse;
      return {
        ...request,
        onResponse: (status, body) => {
          if (status >= 300) {
            const seen = failures.get(operation.name) ?? {
              count: 0,
              example: `${status} ${body.slice(0, 200)}`,
            };
            seen.count++;
            failures.set(operation.name, seen);
          }
          answer?.(status, body);
        },
      };
    },
  };
}

/**
 * Each read of the mix alone, one request at a time (the median of three, in ms): what grows
 * with the data the commands write shows here before it shows in the mix's percentiles.
 */
async function timeEachRead(gatewayUrl: string, reads: Operation[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const read of reads) {
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { path, headers } = read.request();
      const started = performance.now();
      const answer = await fetch(`${gatewayUrl}${path}`, { headers });
      await answer.arrayBuffer();
      samples.push(performance.now() - started);
    }
    times.set(read.name, samples.sort((a, b) => a - b)[1]);
  }
  return times;
}

const describeFailures = (failures: Map<string, { count: number; example: string }>) =>
  [...failures].map(([name, { count, example }]) => `${name} ×${count}, e.g. ${example}`);

interface Minute {
  minute: number;
  result: LoadResult;
  rssMb: Record<string, number>;
  readMs: Map<string, number>;
}

async function main() {
  const platform = await startBenchPlatform('soak');
  try {
    const tokens = new Tokens(platform);
    await tokens.renew();
    const { next, failures, reads } = await workload(platform, tokens);
    const run = (options: { seconds: number; overallRate?: number }) =>
      load(platform.gatewayUrl, {
        connections: CONNECTIONS,
        nextRequest: next,
        timeoutSeconds: 30,
        ...options,
      });

    const burst = await run({ seconds: BURST_SECONDS });
    const rate = Math.max(1, Math.floor(burst.requestsPerSecond / 2));
    console.log(
      `SOAK maximum (closed loop, ${CONNECTIONS} connections, ${BURST_SECONDS} s): ${burst.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(burst.p99Ms)}, ${burst.failures} failed`,
    );
    const burstFailures = describeFailures(failures);
    failures.clear();
    for (const line of burstFailures) console.log(`  failed in the burst: ${line}`);
    console.log(`SOAK ${MINUTES} min at ${rate} req/s (open loop)`);
    const names = platform.processes.map(([name]) => name);
    console.log(
      `  min   req/s    p50 ms    p99 ms  failed  ${names.map((n) => `${n.slice(0, 8).padStart(8)} MB`).join(' ')}`,
    );
    const minutes: Minute[] = [];
    for (let minute = 1; minute <= MINUTES; minute++) {
      await tokens.renew();
      const result = await run({ seconds: 60, overallRate: rate });
      const rssMb = Object.fromEntries(platform.processes.map(([name, p]) => [name, p.rssMb()]));
      const readMs = await timeEachRead(platform.gatewayUrl, reads);
      minutes.push({ minute, result, rssMb, readMs });
      console.log(
        `  ${String(minute).padStart(3)} ${result.requestsPerSecond.toFixed(0).padStart(7)} ${result.p50Ms.toFixed(1).padStart(9)} ${result.p99Ms.toFixed(1).padStart(9)} ${String(result.failures).padStart(7)}  ${names.map((n) => rssMb[n].toFixed(0).padStart(11)).join(' ')}`,
      );
    }
    for (const [name, { count, example }] of failures)
      console.log(`  failed: ${name} ×${count}, e.g. ${example}`);
    const base = minutes[BASELINE_MINUTE - 1];
    const end = minutes[minutes.length - 1];
    console.log(`  each read alone (ms, median of 3) after minute 1 → ${base.minute} → ${end.minute}:`);
    const first = minutes[0];
    for (const name of first.readMs.keys()) {
      const at = (m: Minute) => m.readMs.get(name)!.toFixed(1);
      console.log(`    ${name.padEnd(24)} ${at(first)} → ${at(base)} → ${at(end)}`);
    }

    const failed = minutes.reduce((sum, m) => sum + m.result.failures, 0);
    const p99Ratio = end.result.p99Ms / base.result.p99Ms;
    const rssChanges = names.map((name) => ({ name, change: end.rssMb[name] / base.rssMb[name] - 1 }));
    const worstRss = rssChanges.reduce((a, b) => (Math.abs(b.change) > Math.abs(a.change) ? b : a));
    const percent = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} %`;
    verdict({
      id: 'SOAK',
      what: `${MINUTES} min mixed workload at half the maximum (${rate} req/s), failed requests`,
      measured: `${failed} failed of ${Math.round(minutes.reduce((s, m) => s + m.result.requestsPerSecond * 60, 0)).toLocaleString('en')}`,
      baseline: `maximum ${burst.requestsPerSecond.toFixed(0)} req/s (closed loop)`,
      ratio: `${failed} (= 0)`,
      pass: failed === 0,
    });
    verdict({
      id: 'SOAK',
      what: `p99 of minute ${end.minute} against minute ${base.minute}`,
      measured: `p99 ${ms(end.result.p99Ms)}`,
      baseline: `p99 ${ms(base.result.p99Ms)}`,
      ratio: ratioAgainst(p99Ratio, 1.5, 'at most'),
      pass: p99Ratio <= 1.5,
    });
    verdict({
      id: 'SOAK',
      what: `RSS of every process, minute ${base.minute} to ${end.minute}, largest change`,
      measured: `${worstRss.name} ${end.rssMb[worstRss.name].toFixed(0)} MB`,
      baseline: `${base.rssMb[worstRss.name].toFixed(0)} MB`,
      ratio: `${percent(worstRss.change)} (within ±10 %)`,
      pass: rssChanges.every((r) => Math.abs(r.change) <= 0.1),
    });
    const table = [
      `| minute | req/s | p50 | p99 | failed | ${names.map((n) => `${n} RSS`).join(' | ')} |`,
      `| --- | --- | --- | --- | --- | ${names.map(() => '---').join(' | ')} |`,
      ...minutes.map(
        (m) =>
          `| ${m.minute} | ${m.result.requestsPerSecond.toFixed(0)} | ${ms(m.result.p50Ms)} | ${ms(m.result.p99Ms)} | ${m.result.failures} | ${names.map((n) => `${m.rssMb[n].toFixed(0)} MB`).join(' | ')} |`,
      ),
    ];
    reportSection(
      'Soak',
      `${MINUTES} minutes through the gateway, ${CONNECTIONS} connections, open loop at ${rate} req/s: half the ` +
        `${burst.requestsPerSecond.toFixed(0)} req/s a ${BURST_SECONDS} s closed-loop burst of the same mix reached. ` +
        `${burst.failures} of the burst's requests failed${burstFailures.length ? ` (${burstFailures.map((l) => l.replace(/, e\.g\..*/, '')).join('; ')})` : ''}. ` +
        `The mix: 80 % reads (agreements, programs, participants, enrolments, attendance, cases, budgets, allocations, ` +
        `overview, agreement summary, audit trail), 20 % commands (register a participant, record a release, create a ` +
        `session, record attendance, draft an agreement, create a program, request its allocation).\n\n` +
        table.join('\n'),
    );
  } finally {
    await platform.stop();
  }
}

runBench(main);
