// Every list and lookup of the public API, read over the seeded story; each statement the services
// ran must be answerable from an index, so its cost follows the size of the answer, not of the table.
import { FORWARDED_ROUTES, rolesAllow } from '@sinergi/platform';
import { fullTableReads, recordStatements, type StatementRecorder } from '@sinergi/testing';
import { AGENCIES } from '../src/demo/muaro-jambi-journey';
import type { PlatformServiceName, RunningPlatform } from './platform';

export interface QueryPlanReport {
  /** `<status> <path>` of every read made. */
  statuses: string[];
  /** Statements planned across the services. */
  planned: number;
  /** `<service>: <table> ← <statement>` for each statement that reads a whole table. */
  wholeTableReads: string[];
  /**
   * `<service>: <table>` read in full by the dashboard's summaries for the platform-admin: a summary
   * of every agreement reads, for a caller who sees every agency, every row it summarises.
   */
  summaryTableReads: string[];
}

/** Fills a route template with ids of the seeded journey, so lookups find real rows. */
function concretePath(platform: RunningPlatform, template: string): string {
  const { journey } = platform;
  const idFor: Record<string, string> = {
    agreements: journey.mouId,
    programs: journey.programIds.welding,
    participants: journey.participantIds[0],
    budgets: journey.budgetId,
    cases: journey.caseIds[0],
  };
  const segments = template.split('/');
  return segments
    .map((segment, index) => {
      if (segment === ':code') return AGENCIES.pemkab.code;
      if (segment === ':fiscalYear') return '2026';
      if (!segment.startsWith(':')) return segment;
      return idFor[segments[index - 1]] ?? '00000000-0000-4000-8000-000000000000';
    })
    .join('/');
}

/** Query parameters a route requires. */
function requiredQuery(platform: RunningPlatform, template: string): string {
  const { pksId } = platform.journey;
  const required: Record<string, string> = {
    '/reintegration/metrics/recidivism': `?agreementId=${pksId}&cohortYear=2026&windowMonths=12`,
    '/reintegration/metrics/employment': `?agreementId=${pksId}&cohortYear=2026`,
    '/reintegration/metrics/agreement-summary': `?agreementId=${pksId}&cohortYear=2026`,
  };
  return required[template] ?? '';
}

/**
 * Makes each read as `session` (the platform-admin's by default) while every service records its
 * statements, then plans them:
 * the statuses, how many statements were planned, and each statement's tables read in full.
 */
async function readAndPlan(platform: RunningPlatform, reads: string[], session = platform.admin) {
  const { services } = platform;
  const names = Object.keys(services) as PlatformServiceName[];
  const recorders = new Map<PlatformServiceName, StatementRecorder>(
    names.map((name) => [name, recordStatements(services[name])]),
  );
  const statuses: string[] = [];
  for (const path of reads) statuses.push(`${(await session.send('GET', path)).status} ${path}`);
  let planned = 0;
  const fullReads: Array<{ service: PlatformServiceName; table: string; sql: string }> = [];
  for (const name of names) {
    const recorder = recorders.get(name)!;
    recorder.stop();
    const statements = recorder.statements();
    planned += statements.length;
    for (const scan of await fullTableReads(services[name], statements))
      fullReads.push({ service: name, ...scan });
  }
  return { statuses, planned, fullReads };
}

/**
 * Reads every GET route, the aggregates and the filtered lists as platform-admin, and every list as
 * each demo officer, then plans each statement.
 */
export async function planEveryRead(platform: RunningPlatform): Promise<QueryPlanReport> {
  const { journey } = platform;
  const reads = await readAndPlan(platform, [
    ...FORWARDED_ROUTES.filter((route) => route.method === 'GET').map(
      (route) => concretePath(platform, route.path) + requiredQuery(platform, route.path),
    ),
    `/agreements/${journey.mouId}/overview?fiscalYear=2026`,
    // Lists with their filters, which a sync or a screen uses.
    `/agreements?status=ACTIVE&partyCode=${AGENCIES.pemkab.code}`,
    `/agencies?kind=LAPAS`,
    `/budgets?agreementId=${journey.mouId}&fiscalYear=2026`,
    `/allocations?agreementId=${journey.pksId}&status=PENDING`,
    `/programs?agreementId=${journey.mouId}`,
    `/reintegration/cases?status=OPEN`,
    '/users?limit=50',
  ]);
  // Every list an officer may read, as each demo officer: their scope (own facility, own BAPAS,
  // own agency) is a condition of its own that must be served by an index too.
  const scopedReads = [];
  for (const [key, session] of Object.entries(platform.sessions)) {
    const role = key.split('@')[0];
    if (key === 'admin') continue;
    const lists = FORWARDED_ROUTES.filter(
      (route) => route.method === 'GET' && !route.path.includes(':') && rolesAllow(route, [role]),
    ).map((route) => route.path + requiredQuery(platform, route.path));
    scopedReads.push(await readAndPlan(platform, lists, session));
  }
  // The dashboard on its own, so that what its summaries read in full is known exactly.
  const dashboard = await readAndPlan(platform, ['/dashboard']);
  const all = [reads, ...scopedReads];
  return {
    statuses: [...all.flatMap((r) => r.statuses), ...dashboard.statuses],
    planned: all.reduce((sum, r) => sum + r.planned, dashboard.planned),
    wholeTableReads: all
      .flatMap((r) => r.fullReads)
      .map(({ service, table, sql }) => `${service}: ${table} ← ${sql.replace(/\s+/g, ' ').slice(0, 160)}`),
    summaryTableReads: [
      ...new Set(dashboard.fullReads.map(({ service, table }) => `${service}: ${table}`)),
    ].sort(),
  };
}
