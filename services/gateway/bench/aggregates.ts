// A1 aggregates: the agreement overview through the gateway against a raw parallel fan-out of the
// same internal reads (raw-fan-out.ts) in the same run, and the dashboard over 1,000 agreements.
// The data is the Muaro Jambi story (services/gateway/src/demo) told through the API; the dashboard's
// agreements are its PKS copied in every service's schema with generate_series, as the services'
// owners would hold them had the same story been told 998 more times.
import {
  asSchemaOwner,
  type BenchProcess,
  bestOfTwoRounds,
  load,
  type LoadResult,
  ms,
  perSecond,
  ratioAgainst,
  runBench,
  startBuiltService,
  startProcess,
  TEST_GATEWAY_SECRETS,
  TEST_INTERNAL_SIGNING_KEY,
  verdict,
} from '@sinergi/testing';
import path from 'node:path';
import type { Client } from 'pg';
import { ApiSession } from '../src/demo/api-session';
import { runMuaroJambiJourney } from '../src/demo/muaro-jambi-journey';

const NIK_KEYS = {
  NIK_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  NIK_HASH_KEY: 'bench-nik-hash-key-0123456789abcdef',
};
const OVERVIEW_TARGET = 0.8;
const DASHBOARD_AGREEMENTS = 1000;
const DASHBOARD_P50_MS = 500;
const DASHBOARD_SAMPLES = Number(process.env.BENCH_DASHBOARD_SAMPLES ?? 5);
const FISCAL_YEAR = 2026;

/**
 * Copies `count` times every row of `table` that `where` selects (`$1` the template agreement):
 * each id (a uuid, or text naming one) becomes a uuid derived from it and the copy's number, so an agreement, program, budget
 * or allocation and everything pointing at it get the same new id in every schema; people
 * (`participant_id`) and signed-in persons stay who they are. Columns in `derived` keep their
 * defaults: a trigger fills them from rows copied afterwards (a budget's ledger totals from its
 * entries).
 */
async function copyRows(
  db: Client,
  table: string,
  where: string,
  template: string,
  count: number,
  derived: string[] = [],
) {
  const { rows: columns } = await db.query<{ name: string; type: string; serial: boolean }>(
    `SELECT column_name AS name, data_type AS type, coalesce(column_default LIKE 'nextval(%', false) AS serial
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1
      ORDER BY ordinal_position`,
    [table],
  );
  const copied = columns.filter((c) => !c.serial && !derived.includes(c.name));
  const value = ({ name, type }: { name: string; type: string }) => {
    if (name === 'number' || name === 'certificate_number') return `t.${name} || '/' || c.g`;
    const reference = type === 'uuid' || (type === 'text' && /^(id|.*_id)$/.test(name));
    if (!reference || /^(participant_id|parent_agreement_id|.*_user_id|.*client_id)$/.test(name))
      return `t.${name}`;
    // A version-4 uuid (version and variant set): ids are validated as uuids.
    const derived = `overlay(overlay(md5(t.${name}::text || c.g) PLACING '4' FROM 13) PLACING '8' FROM 17)`;
    return `${derived}::uuid${type === 'uuid' ? '' : '::text'}`;
  };
  await db.query(
    `INSERT INTO ${table} (${copied.map((c) => c.name).join(', ')})
     SELECT ${copied.map(value).join(', ')} FROM ${table} t, generate_series(1, $2) c (g) WHERE ${where}`,
    [template, count],
  );
}

/** The template agreement told `count` more times, in each service's own schema. */
async function copyAgreement(template: string, count: number) {
  const byAgreement = 't.agreement_id = $1';
  await asSchemaOwner('agreements', async (db) => {
    await copyRows(db, 'agreements', 't.id = $1', template, count);
    for (const table of [
      'agreement_parties',
      'agreement_versions',
      'agreement_history',
      'work_plans',
      'enrollment_starts',
      'enrollment_outcomes',
      'release_facts',
      'budget_ceilings',
      'allocation_disbursements',
      'recidivism_cohort',
    ])
      await copyRows(db, table, byAgreement, template, count);
  });
  await asSchemaOwner('rehabilitation', async (db) => {
    await copyRows(db, 'known_agreement', 't.id = $1', template, count);
    await copyRows(db, 'program', byAgreement, template, count);
    const ofPrograms = 't.program_id IN (SELECT id FROM program WHERE agreement_id = $1)';
    await copyRows(db, 'enrollment', ofPrograms, template, count);
  });
  await asSchemaOwner('budgeting', async (db) => {
    await copyRows(db, 'agreements', 't.id = $1', template, count);
    await copyRows(db, 'budgets', byAgreement, template, count, [
      'ceiling_total',
      'allocated_total',
      'disbursed_total',
    ]);
    await copyRows(db, 'allocations', byAgreement, template, count);
    const ofBudgets = 't.budget_id IN (SELECT id FROM budgets WHERE agreement_id = $1)';
    await copyRows(db, 'disbursements', ofBudgets, template, count);
    await copyRows(db, 'ledger_entries', ofBudgets, template, count);
  });
  await asSchemaOwner('reintegration', async (db) => {
    await copyRows(db, 'agreement_party', byAgreement, template, count);
  });
  for (const service of ['agreements', 'rehabilitation', 'budgeting', 'reintegration'])
    await asSchemaOwner(service, (db) => db.query('ANALYZE'));
}

async function main() {
  const processes: BenchProcess[] = [];
  try {
    const services = {
      agreements: await startBuiltService('agreements'),
      rehabilitation: await startBuiltService('rehabilitation', NIK_KEYS),
      reintegration: await startBuiltService('reintegration'),
      budgeting: await startBuiltService('budgeting'),
    };
    processes.push(...Object.values(services));
    const urls = {
      AGREEMENTS_URL: services.agreements.url,
      REHABILITATION_URL: services.rehabilitation.url,
      REINTEGRATION_URL: services.reintegration.url,
      BUDGETING_URL: services.budgeting.url,
    };
    const gateway = await startBuiltService('gateway', { ...urls, RATE_LIMIT_PER_MINUTE: '1000000000' });
    processes.push(gateway);

    const admin = await ApiSession.login(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    const story = await runMuaroJambiJourney({ baseUrl: gateway.url, admin });
    if (!story) throw new Error('the demo story was already told in the bench database');
    // The aggregates are for viewers: the Kanwil's, a party to both agreements of the story.
    const viewer = story.clients.find((c) => c.role === 'viewer')!;
    const { accessToken } = (await (
      await fetch(`${gateway.url}/api/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: viewer.clientId, clientSecret: viewer.clientSecret }),
      })
    ).json()) as { accessToken: string };
    const bearer = { authorization: `Bearer ${accessToken}` };
    const raw = await startProcess('raw fan-out', path.join(__dirname, 'raw-fan-out.ts'), {
      ...urls,
      INTERNAL_SIGNING_KEY: TEST_INTERNAL_SIGNING_KEY,
      CALLER: JSON.stringify({ clientId: viewer.clientId, agencyCode: viewer.agencyCode, roles: ['viewer'] }),
    });
    processes.push(raw);

    const overview = `/api/v1/agreements/${story.pksId}/overview?fiscalYear=${FISCAL_YEAR}`;
    console.log('A1 aggregates: GET /api/v1/agreements/{id}/overview');
    await load(`${gateway.url}${overview}`, { headers: bearer, seconds: 2 }); // warm-up
    await load(`${raw.url}${overview}`, { seconds: 2 });
    const [rawResult, gatewayResult] = await bestOfTwoRounds([
      () => load(`${raw.url}${overview}`),
      () => load(`${gateway.url}${overview}`, { headers: bearer }),
    ]);
    if (gatewayResult.failures + rawResult.failures > 0)
      throw new Error(
        `failed requests: gateway ${gatewayResult.failures} (${gatewayResult.unanswered} unanswered), ` +
          `raw ${rawResult.failures} (${rawResult.unanswered} unanswered)`,
      );
    const describe = (r: LoadResult) =>
      `${perSecond(r.requestsPerSecond)}, p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}`;
    const ratio = gatewayResult.requestsPerSecond / rawResult.requestsPerSecond;
    verdict({
      id: 'A1',
      what: 'agreement overview (fan-out to 4 services)',
      measured: describe(gatewayResult),
      baseline: `${describe(rawResult)} (the same 5 reads in parallel, undici)`,
      ratio: ratioAgainst(ratio, OVERVIEW_TARGET, 'at least'),
      pass: ratio >= OVERVIEW_TARGET,
    });

    // The agreements the viewer sees already: the story's two (the MoU and its PKS), and any other
    // benchmark of the same run made with the Kanwil as a party. The PKS is copied for the rest.
    const dashboard = `${gateway.url}/api/v1/dashboard?fiscalYear=${FISCAL_YEAR}`;
    const readDashboard = async () => {
      const answer = await fetch(dashboard, { headers: bearer });
      return {
        status: answer.status,
        body: (await answer.json()) as { agreements: unknown[]; errors: unknown[]; degraded: string[] },
      };
    };
    const seen = (await readDashboard()).body.agreements.length;
    const started = performance.now();
    await copyAgreement(story.pksId, DASHBOARD_AGREEMENTS - seen);
    console.log(
      `A1 aggregates: GET /api/v1/dashboard over ${DASHBOARD_AGREEMENTS} agreements ` +
        `(${seen} there before, seeded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    const { status, body } = await readDashboard();
    if (status !== 200 || body.agreements.length !== DASHBOARD_AGREEMENTS || body.errors.length > 0)
      throw new Error(
        `dashboard answered ${status} with ${body.agreements?.length} agreements, ` +
          `errors ${JSON.stringify(body.errors?.slice(0, 3))}, degraded ${JSON.stringify(body.degraded)}`,
      );
    const result = await load(dashboard, {
      headers: bearer,
      connections: 1,
      amount: DASHBOARD_SAMPLES,
      timeoutSeconds: 120,
    });
    if (result.failures > 0) throw new Error(`dashboard: ${result.failures} failed requests`);
    verdict({
      id: 'A1',
      what: `dashboard over ${DASHBOARD_AGREEMENTS} agreements`,
      measured: `p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)} (${DASHBOARD_SAMPLES} requests, one at a time)`,
      baseline: '—',
      ratio: `p50 ${ms(result.p50Ms)} (≤ ${DASHBOARD_P50_MS} ms)`,
      pass: result.p50Ms <= DASHBOARD_P50_MS,
    });
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
}

runBench(main);
