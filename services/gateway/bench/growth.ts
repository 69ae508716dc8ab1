// GROWTH: how the cost of every list and aggregate of the API grows with the data. The platform's
// data is grown to 1×, 10× and 100× units (growth-seed.ts; 100 units hold a million participants)
// and at each size the p50 of every read is measured through the gateway as the platform-admin:
// lists on their first page and on a deep keyset page, aggregates over what they summarise.
// Lists must stay flat (p50 at 100× ≤ 2× the p50 at 1×); aggregates may grow at most linearly in
// the rows they summarise (time ratio ≤ 1.5 × data ratio).
import { reportSection, runBench, TEST_NIK_KEYS, verdict } from '@sinergi/testing';
import { AGENCIES } from '../src/demo/muaro-jambi-journey';
import { startBenchPlatform, type BenchPlatform, type ServiceName } from './bench-platform';
import { connectOwner, grow, PER_UNIT, seededId } from './growth-seed';

const SCALES = (process.env.BENCH_GROWTH_SCALES ?? '1,10,100').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_GROWTH_SECONDS ?? 2);
/** How much slower a list's page may get from the smallest to the largest data. */
const FLAT = 2;
/** How much faster than the data an aggregate's time may grow. */
const LINEAR = 1.5;

interface Rows {
  service: ServiceName;
  /** `<schema.table> [WHERE …]`: the rows a list pages through or an aggregate summarises. */
  from: string;
}

interface ListRead {
  path: string;
  rows: Rows;
  /** The order of the list's keyset (the id unless said otherwise). */
  orderBy?: string;
}

interface AggregateRead {
  path: string;
  what: string;
  rows: Rows;
}

function reads(platform: BenchPlatform): { lists: ListRead[]; aggregates: AggregateRead[] } {
  const { pksId, mouId, budgetId, participantIds } = platform.journey;
  const firstProgram = seededId('growth-program', 0);
  const rehabilitation = (from: string): Rows => ({ service: 'rehabilitation', from });
  const budgeting = (from: string): Rows => ({ service: 'budgeting', from });
  const reintegration = (from: string): Rows => ({ service: 'reintegration', from });
  const agreements = (from: string): Rows => ({ service: 'agreements', from });
  const cohort = reintegration(`reintegration.training_completion WHERE agreement_id = '${pksId}'`);
  return {
    lists: [
      { path: '/participants', rows: rehabilitation('rehabilitation.participant') },
      {
        path: `/participants?facilityCode=${AGENCIES.lapas.code}`,
        rows: rehabilitation(`rehabilitation.participant WHERE facility_code = '${AGENCIES.lapas.code}'`),
      },
      {
        path: `/participants/${participantIds[0]}/access-log`,
        rows: rehabilitation(
          `rehabilitation.personal_data_access WHERE participant_id = '${participantIds[0]}'`,
        ),
      },
      { path: '/programs', rows: rehabilitation('rehabilitation.program') },
      {
        path: `/programs?agreementId=${pksId}`,
        rows: rehabilitation(`rehabilitation.program WHERE agreement_id = '${pksId}'`),
      },
      {
        path: `/programs/${firstProgram}/enrollments`,
        rows: rehabilitation(`rehabilitation.enrollment WHERE program_id = '${firstProgram}'`),
      },
      { path: '/reintegration/cases', rows: reintegration('reintegration.reintegration_case') },
      {
        path: `/reintegration/cases?status=OPEN&bapasCode=${AGENCIES.bapas.code}`,
        rows: reintegration(
          `reintegration.reintegration_case WHERE status = 'OPEN' AND bapas_code = '${AGENCIES.bapas.code}'`,
        ),
      },
      { path: '/allocations', rows: budgeting('budgeting.allocations') },
      {
        path: `/allocations?agreementId=${pksId}&status=APPROVED`,
        rows: budgeting(`budgeting.allocations WHERE agreement_id = '${pksId}' AND status = 'APPROVED'`),
      },
      {
        path: `/budgets/${budgetId}/ledger`,
        rows: budgeting(`budgeting.ledger_entries WHERE budget_id = '${budgetId}'`),
        orderBy: 'seq',
      },
      { path: '/budgets', rows: budgeting('budgeting.budgets') },
      { path: '/agreements', rows: agreements('agreements.agreements') },
      {
        path: `/agreements?status=ACTIVE&partyCode=${AGENCIES.pemkab.code}`,
        rows: agreements(
          `agreements.agreements a WHERE status = 'ACTIVE' AND EXISTS (SELECT 1 FROM agreements.agreement_parties p WHERE p.agreement_id = a.id AND p.agency_code = '${AGENCIES.pemkab.code}')`,
        ),
      },
      {
        path: `/agreements/${mouId}/history`,
        rows: agreements(`agreements.agreement_history WHERE agreement_id = '${mouId}'`),
      },
      {
        path: `/agreements/${pksId}/evaluations`,
        rows: agreements(`agreements.evaluations WHERE agreement_id = '${pksId}'`),
      },
      { path: '/agencies', rows: agreements('agreements.agencies') },
      { path: '/audit', rows: { service: 'gateway', from: 'gateway.audit_entry' } },
      { path: '/users', rows: { service: 'gateway', from: 'gateway.users' } },
      { path: '/clients', rows: { service: 'gateway', from: 'gateway.api_clients' } },
      { path: '/webhooks', rows: { service: 'notifications', from: 'notifications.subscriptions' } },
    ],
    aggregates: [
      {
        path: `/agreements/${pksId}/overview?fiscalYear=2026`,
        what: "the agreement's enrolments",
        rows: rehabilitation(
          `rehabilitation.enrollment e JOIN rehabilitation.program p ON p.id = e.program_id WHERE p.agreement_id = '${pksId}'`,
        ),
      },
      { path: '/dashboard?fiscalYear=2026', what: 'agreements', rows: agreements('agreements.agreements') },
      {
        path: `/reintegration/metrics/recidivism?agreementId=${pksId}&cohortYear=2026&windowMonths=12`,
        what: 'the cohort',
        rows: cohort,
      },
      {
        path: `/reintegration/metrics/employment?agreementId=${pksId}&cohortYear=2026`,
        what: 'the cohort',
        rows: cohort,
      },
      {
        path: `/reintegration/metrics/agreement-summary?agreementId=${pksId}&cohortYear=2026`,
        what: 'the cohort',
        rows: cohort,
      },
      {
        path: `/budgets/${budgetId}`,
        what: 'ledger entries',
        rows: budgeting(`budgeting.ledger_entries WHERE budget_id = '${budgetId}'`),
      },
    ],
  };
}

async function query<T>(platform: BenchPlatform, service: ServiceName, sql: string): Promise<T[]> {
  const client = await connectOwner(platform.ownerUrl(service));
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const count = async (platform: BenchPlatform, rows: Rows) =>
  Number((await query<{ n: string }>(platform, rows.service, `SELECT count(*) AS n FROM ${rows.from}`))[0].n);

/**
 * Items per page of every list read: a list holding at least this many rows at 1× answers pages of
 * the same size at every scale (the default page, 50, would hold 12 agreements at 1× and 50 at 100×,
 * and time the page's size as well as the data's).
 */
const PAGE_SIZE = 10;

/** The cursor of a page 50 rows before the end of the list, or null when the list has no deep page. */
async function deepCursor(platform: BenchPlatform, read: ListRead, total: number): Promise<string | null> {
  if (total < 200) return null;
  const alias = /^\S+ (\w+) WHERE/.exec(read.rows.from)?.[1];
  const column = `${alias ? `${alias}.` : ''}${read.orderBy ?? 'id'}`;
  const [row] = await query<{ id: string }>(
    platform,
    read.rows.service,
    `SELECT ${alias ? `${alias}.` : ''}id AS id FROM ${read.rows.from} ORDER BY ${column} OFFSET ${total - 60} LIMIT 1`,
  );
  return row.id;
}

/**
 * p50 of one read, one request at a time (the cost of the read itself, not of queueing), timed to
 * the microsecond: a list answers in a few milliseconds, where whole milliseconds would decide the ratio.
 */
async function p50(platform: BenchPlatform, path: string, degraded = new Set<string>()): Promise<number> {
  const url = `${platform.gatewayUrl}/api/v1${path}`;
  const headers = await platform.adminHeaders();
  const times: number[] = [];
  let retries = 0;
  const until = performance.now() + SECONDS * 1000;
  for (let i = 0; i <= 3 || performance.now() < until; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.text();
    if (response.status >= 500 && /internal\.error/.test(body) && retries++ < 5) {
      // On this shared machine PostgreSQL runs out of connection slots now and then: not the read's cost.
      console.log(`  GET ${path} answered ${response.status}; again in 2 s`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      i--;
      continue;
    }
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
    // An aggregate whose parts were left out (a service too slow) looks cheap: that fails it.
    for (const service of (JSON.parse(body) as { degraded?: string[] }).degraded ?? []) degraded.add(service);
    if (i > 0) times.push(performance.now() - start); // the first one warms up
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

interface Measured {
  path: string;
  kind: string;
  rows: number[];
  p50: number[];
  /** Services an aggregate answered without (too slow), at any size. */
  degraded: Set<string>;
}

const milliseconds = (value: number) => `${value.toFixed(1)} ms`;
const sizeLabel = (scale: number) => `${scale}×`;
const ratioText = (value: number) => `${value.toFixed(2)}×`;

async function main() {
  const started = Date.now();
  const platform = await startBenchPlatform('growth');
  try {
    const { lists, aggregates } = reads(platform);
    const measured = new Map<string, Measured>();
    const record = (path: string, kind: string, rows: number, value: number) => {
      const entry = measured.get(`${kind} ${path}`) ?? { path, kind, rows: [], p50: [], degraded: new Set() };
      entry.rows.push(rows);
      entry.p50.push(value);
      measured.set(`${kind} ${path}`, entry);
    };
    let units = 0;
    for (const scale of SCALES) {
      const seeding = Date.now();
      await grow(
        { ownerUrl: platform.ownerUrl, journey: platform.journey, nikKeys: TEST_NIK_KEYS },
        units,
        scale,
      );
      units = scale;
      console.log(
        `GROWTH ${sizeLabel(scale)}: ${(scale * PER_UNIT.participants).toLocaleString('en')} seeded participants in ${((Date.now() - seeding) / 1000).toFixed(0)} s`,
      );
      for (const read of lists) {
        const total = await count(platform, read.rows);
        const page = `${read.path}${read.path.includes('?') ? '&' : '?'}limit=${PAGE_SIZE}`;
        const first = await p50(platform, page);
        record(read.path, 'first page', total, first);
        const cursor = await deepCursor(platform, read, total);
        const deep = cursor ? await p50(platform, `${page}&cursor=${cursor}`) : first;
        record(read.path, 'deep page', total, deep);
        console.log(
          `  ${read.path.padEnd(60)} ${String(total).padStart(8)} rows  first ${first.toFixed(1)} ms  deep ${cursor ? `${deep.toFixed(1)} ms` : '—'}`,
        );
      }
      for (const read of aggregates) {
        const total = await count(platform, read.rows);
        const value = await p50(platform, read.path);
        record(read.path, 'aggregate', total, value);
        console.log(
          `  ${read.path.padEnd(60)} ${String(total).padStart(8)} rows  p50 ${value.toFixed(1)} ms`,
        );
      }
    }

    // The verdicts, smallest against largest data.
    const last = SCALES.length - 1;
    const header = `| read | rows ${SCALES.map(sizeLabel).join(' → ')} | ${SCALES.map((s) => `p50 ${sizeLabel(s)}`).join(' | ')} | ratio (target) | result |`;
    const lines = [header, `| --- | --- | ${SCALES.map(() => '---').join(' | ')} | --- | --- |`];
    let listsFlat = true;
    let aggregatesLinear = true;
    let worstList = { ratio: 0, path: '' };
    let worstAggregate = { ratio: 0, allowed: 0, path: '' };
    console.log('\nGROWTH p50 per data size');
    for (const m of measured.values()) {
      const timeRatio = m.p50[last] / Math.max(m.p50[0], 0.001);
      const dataRatio = m.rows[last] / Math.max(m.rows[0], 1);
      const allowed = m.kind === 'aggregate' ? Math.max(1, dataRatio) * LINEAR : FLAT;
      const pass = timeRatio <= allowed && m.degraded.size === 0;
      const without = m.degraded.size ? `, answered without ${[...m.degraded].join(', ')}` : '';
      if (m.kind === 'aggregate') {
        aggregatesLinear &&= pass;
        if (timeRatio / allowed > worstAggregate.ratio / (worstAggregate.allowed || 1))
          worstAggregate = { ratio: timeRatio, allowed, path: m.path };
      } else {
        listsFlat &&= pass;
        if (timeRatio > worstList.ratio) worstList = { ratio: timeRatio, path: `${m.path} (${m.kind})` };
      }
      const row = `| \`GET ${m.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}\` ${m.kind} | ${m.rows.map((r) => r.toLocaleString('en')).join(' → ')} | ${m.p50.map(milliseconds).join(' | ')} | ${ratioText(timeRatio)} (≤ ${ratioText(allowed)})${without} | ${pass ? 'PASS' : 'FAIL'} |`;
      lines.push(row);
      console.log(
        `  ${pass ? 'PASS' : 'FAIL'} ${m.kind.padEnd(10)} ${m.path}: ${m.p50.map((v) => v.toFixed(1)).join(' → ')} ms over ${m.rows.join(' → ')} rows, ${ratioText(timeRatio)} (≤ ${ratioText(allowed)})${without}`,
      );
    }
    verdict({
      id: 'GROWTH',
      what: `lists' p50 from ${sizeLabel(SCALES[0])} to ${sizeLabel(SCALES[last])} data, worst`,
      measured: `${ratioText(worstList.ratio)}: \`${worstList.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}\``,
      baseline: `the same list at ${sizeLabel(SCALES[0])}`,
      ratio: `${ratioText(worstList.ratio)} (≤ ${ratioText(FLAT)})`,
      pass: listsFlat,
    });
    verdict({
      id: 'GROWTH',
      what: `aggregates' p50 from ${sizeLabel(SCALES[0])} to ${sizeLabel(SCALES[last])} data, worst`,
      measured: `${ratioText(worstAggregate.ratio)}: \`${worstAggregate.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}\``,
      baseline: 'the rows it summarises',
      ratio: `${ratioText(worstAggregate.ratio)} (≤ ${ratioText(worstAggregate.allowed)}, 1.5 × data ratio)`,
      pass: aggregatesLinear,
    });
    reportSection(
      'How cost grows',
      `${(SCALES[last] * PER_UNIT.participants).toLocaleString('en')} participants at ${sizeLabel(SCALES[last])} ` +
        `(one unit: ${PER_UNIT.participants.toLocaleString('en')} participants with an enrolment each, ${PER_UNIT.programs} programs, ` +
        `${PER_UNIT.agreements} agreements, ${(PER_UNIT.participants / PER_UNIT.releasedEvery).toLocaleString('en')} releases with cases, ` +
        `${(PER_UNIT.programs * PER_UNIT.disbursementsPerAllocation).toLocaleString('en')} disbursements, ` +
        `${PER_UNIT.auditEntries.toLocaleString('en')} audit entries); p50 of one request at a time through the gateway as the ` +
        `platform-admin, at least ${SECONDS} s per read (median of the requests, timed to the microsecond). Lists: first page and a page 50 rows before the end (keyset cursor), ${PAGE_SIZE} items a page; ` +
        `flat when p50 at ${sizeLabel(SCALES[last])} ≤ ${FLAT}× p50 at ${sizeLabel(SCALES[0])}. Aggregates: time ratio ≤ ${LINEAR} × the ratio of the rows they summarise.\n\n` +
        lines.join('\n'),
    );
    console.log(`GROWTH done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await platform.stop();
  }
}

runBench(main);
