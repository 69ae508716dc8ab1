import { Roles } from '../auth/caller';
import {
  AGGREGATE_ROUTES,
  aggregateReads,
  aggregateRoute,
  FORWARDED_ROUTES,
  INTERNAL_ROUTES,
  matchRoute,
  routeKey,
  serviceRoute,
  serviceRouteKey,
  upstreamPath,
} from './route-table';

describe('route table', () => {
  it.each([
    ['GET', '/participants/p-1/access-log', 'rehabilitation', [Roles.auditor], { id: 'p-1' }],
    ['POST', '/enrollments/e-1/fail', 'rehabilitation', [Roles.programOfficer], { id: 'e-1' }],
    ['DELETE', '/webhooks/w-1', 'notifications', [Roles.agencyAdmin], { id: 'w-1' }],
    [
      'POST',
      '/webhooks/w-1/deliveries/d-1/redeliver',
      'notifications',
      [Roles.agencyAdmin],
      { id: 'w-1', deliveryId: 'd-1' },
    ],
  ])('forwards %s %s to %s for exactly its roles', (method, path, service, roles, params) => {
    const { match, pathKnown } = matchRoute(method, path);
    expect(pathKnown).toBe(true);
    expect(match?.route.service).toBe(service);
    expect(match?.route.roles).toEqual(roles);
    expect(match?.params).toEqual(params);
  });

  it('marks the webhook subscription as answering a secret that is never kept for replays', () => {
    expect(matchRoute('POST', '/webhooks').match?.route.secretInAnswer).toBe(true);
    expect(matchRoute('GET', '/webhooks').match?.route.secretInAnswer).toBeUndefined();
  });
});

describe('the upstream path', () => {
  it('is the matched route template with each parameter encoded again', () => {
    const { match } = matchRoute('GET', '/agreements/a%3Fb%23c/work-plans/2027');
    expect(match?.route.path).toBe('/agreements/:id/work-plans/:fiscalYear');
    expect(upstreamPath(match!.route, match!.params)).toBe('/agreements/a%3Fb%23c/work-plans/2027');
    expect(upstreamPath(match!.route, { id: 'x/../y', fiscalYear: '2027#' })).toBe(
      '/agreements/x%2F..%2Fy/work-plans/2027%23',
    );
  });
});

describe('the route a service was called on', () => {
  it('is found by the service, the method and the path the service received', () => {
    expect(serviceRoute('agreements', 'GET', '/agreements/a-1/work-plans/2027')?.path).toBe(
      '/agreements/:id/work-plans/:fiscalYear',
    );
    expect(serviceRoute('agreements', 'POST', '/agreements/a-1/submit')?.roles).toEqual([
      Roles.agreementOfficer,
    ]);
    expect(serviceRoute('budgeting', 'GET', '/agreements/a-1')).toBeUndefined();
    expect(serviceRoute('agreements', 'DELETE', '/agreements/a-1')).toBeUndefined();
  });

  it('finds the internal summary routes for their services, for no role, and never forwards them', () => {
    for (const service of ['agreements', 'rehabilitation', 'budgeting', 'reintegration'])
      expect(serviceRoute(service, 'GET', '/summaries/agreements')).toMatchObject({ service, roles: [] });
    expect(serviceRoute('notifications', 'GET', '/summaries/agreements')).toBeUndefined();
    expect(matchRoute('GET', '/summaries/agreements')).toEqual({ pathKnown: false });
    expect(AGGREGATE_ROUTES.dashboard.reads).toContain('GET /summaries/agreements');
    // An overview reads rehabilitation's summary of its agreement, and no other service's summary.
    const overview = AGGREGATE_ROUTES.overview;
    expect(aggregateReads(overview, serviceRoute('rehabilitation', 'GET', '/summaries/agreements')!)).toBe(
      true,
    );
    for (const service of ['agreements', 'budgeting', 'reintegration'])
      expect(aggregateReads(overview, serviceRoute(service, 'GET', '/summaries/agreements')!)).toBe(false);
  });

  it('lets an aggregate read only routes of the table', () => {
    const routes = [...FORWARDED_ROUTES, ...INTERNAL_ROUTES];
    const keys = new Set([...routes.map(routeKey), ...routes.map(serviceRouteKey)]);
    for (const aggregate of Object.values(AGGREGATE_ROUTES)) {
      expect(aggregate.reads.filter((read) => !keys.has(read))).toEqual([]);
      expect(aggregateRoute(routeKey(aggregate))).toBe(aggregate);
    }
    expect(aggregateRoute('GET /agreements/:id')).toBeUndefined();
  });
});
