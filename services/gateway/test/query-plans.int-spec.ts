import { recordStatements, fullTableReads, type StatementRecorder } from '@sinergi/testing';
import { FORWARDED_ROUTES } from '../src/routing/route-table';
import { AGENCIES } from '../src/demo/muaro-jambi-journey';
import { startPlatformWithJourney, type PlatformServiceName, type RunningPlatform } from './platform';

// Every list and lookup of the public API, read with seeded data; each statement the services ran
// must be answerable from an index, so its cost follows the size of the answer, not of the table.
describe('every list and lookup query is served by an index', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await startPlatformWithJourney();
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
  });

  /** Fills a route template with ids of the seeded journey, so lookups find real rows. */
  function concretePath(template: string): string {
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
  function query(template: string): string {
    const { pksId } = platform.journey;
    const required: Record<string, string> = {
      '/reintegration/metrics/recidivism': `?agreementId=${pksId}&cohortYear=2026&windowMonths=12`,
      '/reintegration/metrics/employment': `?agreementId=${pksId}&cohortYear=2026`,
      '/reintegration/metrics/agreement-summary': `?agreementId=${pksId}&cohortYear=2026`,
    };
    return required[template] ?? '';
  }

  it('reads every GET route and the aggregates, and no statement reads a whole table', async () => {
    const { services, admin, journey } = platform;
    const names = Object.keys(services) as PlatformServiceName[];
    const recorders = new Map<PlatformServiceName, StatementRecorder>(
      names.map((name) => [name, recordStatements(services[name])]),
    );
    const reads = [
      ...FORWARDED_ROUTES.filter((route) => route.method === 'GET').map(
        (route) => concretePath(route.path) + query(route.path),
      ),
      `/agreements/${journey.mouId}/overview?fiscalYear=2026`,
      '/dashboard',
      // Lists with their filters, which a sync or a screen uses.
      `/agreements?status=ACTIVE&partyCode=${AGENCIES.pemkab.code}`,
      `/agencies?kind=LAPAS`,
      `/budgets?agreementId=${journey.mouId}&fiscalYear=2026`,
      `/allocations?agreementId=${journey.pksId}&status=PENDING`,
      `/programs?agreementId=${journey.mouId}`,
      `/reintegration/cases?status=OPEN`,
      '/users?limit=50',
    ];
    const statuses: string[] = [];
    for (const path of reads) {
      const response = await admin.send('GET', path);
      statuses.push(`${response.status} ${path}`);
    }
    // Every read answered (a 404 only where the path holds no seeded id), so the statements are the real ones.
    expect(statuses.filter((line) => !/^(200|404) /.test(line))).toEqual([]);
    expect(statuses.filter((line) => line.startsWith('404 ')).length).toBeLessThan(reads.length / 4);

    const scans: string[] = [];
    let planned = 0;
    for (const name of names) {
      const recorder = recorders.get(name)!;
      recorder.stop();
      const statements = recorder.statements();
      planned += statements.length;
      for (const scan of await fullTableReads(services[name], statements))
        scans.push(`${name}: ${scan.table} ← ${scan.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    expect(planned).toBeGreaterThan(reads.length);
    expect(scans).toEqual([]);
  }, 120_000);
});
