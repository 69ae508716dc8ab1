import { DATA_ROLES, Roles, type Role } from '../auth/caller';

/** Base path of the public API; services serve the same paths without it. */
export const API_PREFIX = '/api/v1';

export type ServiceName = 'agreements' | 'rehabilitation' | 'reintegration' | 'budgeting' | 'notifications';
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ForwardedRoute {
  method: HttpMethod;
  /** API path below /api/v1, with `:param` segments; the service serves the same path. */
  path: string;
  service: ServiceName;
  /** Roles allowed besides platform-admin; least privilege per route. */
  roles: Role[];
  summary: string;
  /** Success status and the request body's fields (for the OpenAPI document). */
  status: number;
  body?: { required: string[]; optional?: string[] };
  /**
   * The answer carries a secret shown once (a webhook's signing secret): an Idempotency-Key replay
   * is answered 409 idempotency.response-not-kept and the answer is never stored.
   */
  secretInAnswer?: boolean;
}

const { agencyAdmin, agreementOfficer, programOfficer, probationOfficer, financeOfficer, auditor, viewer } =
  Roles;
const EVERYONE: Role[] = [
  agreementOfficer,
  programOfficer,
  probationOfficer,
  financeOfficer,
  auditor,
  viewer,
];
const AGREEMENT_READERS: Role[] = [
  agreementOfficer,
  programOfficer,
  probationOfficer,
  financeOfficer,
  auditor,
];
const PROGRAM_READERS: Role[] = [programOfficer, agreementOfficer, financeOfficer, auditor];
const BUDGET_READERS: Role[] = [financeOfficer, agreementOfficer, auditor];
const METRICS_READERS: Role[] = [viewer, auditor, agreementOfficer, probationOfficer];

const route = (
  method: HttpMethod,
  path: string,
  service: ServiceName,
  roles: Role[],
  summary: string,
  status = method === 'POST' ? 201 : 200,
  body?: ForwardedRoute['body'],
): ForwardedRoute => ({ method, path, service, roles, summary, status, body });

/**
 * Every API.md route that a service answers, with the roles that may call it. The one definition
 * of who may call what: the gateway authorises and forwards by it, and each service enforces the
 * same roles again on every call it receives (InternalAuthGuard).
 */
export const FORWARDED_ROUTES: ForwardedRoute[] = [
  route('POST', '/agencies', 'agreements', [], 'Register an agency', 201, {
    required: ['code', 'name', 'kind', 'regionCode'],
    optional: ['timeZone'],
  }),
  route('GET', '/agencies', 'agreements', EVERYONE, 'List agencies'),
  route('GET', '/agencies/:code', 'agreements', EVERYONE, 'Get an agency'),
  route('PATCH', '/agencies/:code', 'agreements', [], 'Rename an agency or change its time zone', 200, {
    required: [],
    optional: ['name', 'timeZone'],
  }),

  route('POST', '/agreements', 'agreements', [agreementOfficer], 'Draft an agreement', 201, {
    required: ['kind', 'number', 'title', 'scopes', 'partyCodes', 'startDate', 'endDate'],
    optional: ['parentAgreementId', 'clauses'],
  }),
  route('GET', '/agreements', 'agreements', AGREEMENT_READERS, 'List agreements (?status=&partyCode=)'),
  route('GET', '/agreements/:id', 'agreements', AGREEMENT_READERS, 'Get an agreement'),
  route('PATCH', '/agreements/:id', 'agreements', [agreementOfficer], 'Edit a draft agreement', 200, {
    required: [],
    optional: [
      'number',
      'title',
      'scopes',
      'partyCodes',
      'startDate',
      'endDate',
      'clauses',
      'parentAgreementId',
    ],
  }),
  route('POST', '/agreements/:id/submit', 'agreements', [agreementOfficer], 'Submit for signature', 200),
  route('POST', '/agreements/:id/signatures', 'agreements', [agreementOfficer], 'Sign for a party', 201, {
    required: ['partyCode', 'signatoryName', 'signatoryTitle'],
  }),
  route('POST', '/agreements/:id/terminate', 'agreements', [agreementOfficer], 'Terminate', 200, {
    required: ['reason'],
  }),
  route(
    'POST',
    '/agreements/:id/amendments',
    'agreements',
    [agreementOfficer],
    'Amend an active agreement',
    201,
    {
      required: ['reason', 'changes'],
    },
  ),
  route('GET', '/agreements/:id/history', 'agreements', AGREEMENT_READERS, 'Versions and amendments'),
  route('POST', '/agreements/:id/work-plans', 'agreements', [agreementOfficer], 'Draft a work plan', 201, {
    required: ['fiscalYear', 'targets'],
    optional: ['activities'],
  }),
  route(
    'POST',
    '/agreements/:id/work-plans/:fiscalYear/approve',
    'agreements',
    [agreementOfficer],
    'Approve a work plan',
    200,
  ),
  route(
    'GET',
    '/agreements/:id/work-plans/:fiscalYear',
    'agreements',
    [...AGREEMENT_READERS, viewer],
    'Work plan with indicators',
  ),
  route(
    'POST',
    '/agreements/:id/evaluations',
    'agreements',
    [agreementOfficer],
    'Record a joint evaluation',
    201,
    {
      required: ['period', 'findings', 'recommendations'],
    },
  ),
  route('GET', '/agreements/:id/evaluations', 'agreements', AGREEMENT_READERS, 'List evaluations'),

  route('POST', '/programs', 'rehabilitation', [programOfficer], 'Plan a program', 201, {
    required: [
      'agreementId',
      'facilityCode',
      'track',
      'category',
      'title',
      'capacity',
      'startDate',
      'endDate',
      'plannedSessions',
      'budgetRequested',
    ],
    optional: ['providerAgencyCode'],
  }),
  route(
    'GET',
    '/programs',
    'rehabilitation',
    PROGRAM_READERS,
    'List programs (?agreementId=&facilityCode=&status=)',
  ),
  route('GET', '/programs/:id', 'rehabilitation', PROGRAM_READERS, 'Get a program'),
  route('POST', '/programs/:id/request-funding', 'rehabilitation', [programOfficer], 'Request funding', 200),
  route('POST', '/programs/:id/start', 'rehabilitation', [programOfficer], 'Start a funded program', 200),
  route('POST', '/programs/:id/complete', 'rehabilitation', [programOfficer], 'Complete a program', 200),
  route('POST', '/programs/:id/cancel', 'rehabilitation', [programOfficer], 'Cancel a program', 200, {
    required: ['reason'],
  }),
  route('POST', '/programs/:id/enrollments', 'rehabilitation', [programOfficer], 'Enrol a participant', 201, {
    required: ['participantId'],
  }),
  route('GET', '/programs/:id/enrollments', 'rehabilitation', PROGRAM_READERS, 'List enrolments'),
  route('POST', '/programs/:id/sessions', 'rehabilitation', [programOfficer], 'Record a session', 201, {
    required: ['date', 'topic'],
  }),
  route(
    'GET',
    '/programs/:id/sessions/:sessionId/attendance',
    'rehabilitation',
    PROGRAM_READERS,
    'Read a session’s attendance',
  ),
  route(
    'POST',
    '/programs/:id/sessions/:sessionId/attendance',
    'rehabilitation',
    [programOfficer],
    'Take attendance',
    200,
    {
      required: ['records'],
    },
  ),
  route('POST', '/participants', 'rehabilitation', [programOfficer], 'Register a participant', 201, {
    required: ['registrationNumber', 'nik', 'fullName', 'sex', 'birthDate', 'facilityCode'],
    optional: ['expectedReleaseDate'],
  }),
  route(
    'GET',
    '/participants',
    'rehabilitation',
    [programOfficer, probationOfficer, auditor],
    'List participants (?facilityCode=&status=&nik=masked)',
  ),
  route(
    'GET',
    '/participants/:id',
    'rehabilitation',
    [programOfficer, probationOfficer, auditor],
    'Get a participant (?nik=masked)',
  ),
  route(
    'GET',
    '/participants/:id/access-log',
    'rehabilitation',
    [auditor],
    'Who read the participant’s personal data',
  ),
  {
    ...route(
      'POST',
      '/participants/:id/nik-disclosures',
      'rehabilitation',
      [programOfficer, probationOfficer],
      'Show the full NIK, with the reason recorded in the access log',
      200,
      { required: ['reason'] },
    ),
    // The answer is personal data: never stored for a replay, so each disclosure is a logged one.
    secretInAnswer: true,
  },
  route('POST', '/participants/:id/release', 'rehabilitation', [programOfficer], 'Record a release', 200, {
    required: ['releaseDate', 'releaseType', 'bapasCode'],
    optional: ['domicileRegionCode'],
  }),
  route(
    'POST',
    '/enrollments/:id/complete',
    'rehabilitation',
    [programOfficer],
    'Complete an enrolment',
    200,
    { required: ['score'] },
  ),
  route('POST', '/enrollments/:id/drop', 'rehabilitation', [programOfficer], 'Drop an enrolment', 200, {
    required: ['reason'],
  }),
  route('POST', '/enrollments/:id/fail', 'rehabilitation', [programOfficer], 'Fail an enrolment', 200, {
    required: [],
    optional: ['reason'],
  }),

  route(
    'GET',
    '/reintegration/cases',
    'reintegration',
    [probationOfficer, auditor],
    'List cases (?bapasCode=&status=&participantId=)',
  ),
  route('GET', '/reintegration/cases/:id', 'reintegration', [probationOfficer, auditor], 'Get a case'),
  route(
    'PATCH',
    '/reintegration/cases/:id/pathways/:pathway',
    'reintegration',
    [probationOfficer],
    'Update a pathway',
    200,
    {
      required: ['status'],
      optional: ['notes'],
    },
  ),
  route(
    'POST',
    '/reintegration/cases/:id/placements',
    'reintegration',
    [probationOfficer],
    'Record a placement',
    201,
    {
      required: ['kind', 'organisationName', 'startDate'],
      optional: ['position', 'employmentType', 'sector'],
    },
  ),
  route(
    'POST',
    '/reintegration/cases/:id/follow-ups',
    'reintegration',
    [probationOfficer],
    'Record a follow-up',
    201,
    {
      required: ['date', 'kind', 'notes', 'employmentStatus'],
    },
  ),
  route(
    'POST',
    '/reintegration/cases/:id/grants',
    'reintegration',
    [probationOfficer],
    'Request a start-up grant',
    201,
    {
      required: ['agreementId', 'amount', 'purpose'],
    },
  ),
  route(
    'POST',
    '/reintegration/cases/:id/reoffences',
    'reintegration',
    [probationOfficer],
    'Record a reoffence',
    201,
    {
      required: ['date', 'kind'],
      optional: ['notes'],
    },
  ),
  route('POST', '/reintegration/cases/:id/close', 'reintegration', [probationOfficer], 'Close a case', 200, {
    required: ['outcome', 'reason'],
  }),
  route(
    'GET',
    '/reintegration/metrics/recidivism',
    'reintegration',
    METRICS_READERS,
    'Recidivism by release cohort (?cohortYear=&windowMonths=&agreementId=)',
  ),
  route(
    'GET',
    '/reintegration/metrics/employment',
    'reintegration',
    METRICS_READERS,
    'Employment within 6 months of release (?cohortYear=&agreementId=)',
  ),
  route(
    'GET',
    '/reintegration/metrics/agreement-summary',
    'reintegration',
    METRICS_READERS,
    'Reintegration figures of an agreement (?agreementId=)',
  ),

  route('POST', '/budgets', 'budgeting', [financeOfficer], 'Open a budget', 201, {
    required: ['agreementId', 'fiscalYear', 'source', 'ownerAgencyCode', 'ceiling'],
    optional: ['autoApproveLimit'],
  }),
  route('GET', '/budgets', 'budgeting', BUDGET_READERS, 'List budgets (?agreementId=&fiscalYear=)'),
  route('GET', '/budgets/:id', 'budgeting', BUDGET_READERS, 'Get a budget with balances'),
  route('POST', '/budgets/:id/revisions', 'budgeting', [financeOfficer], 'Revise the ceiling', 200, {
    required: ['newCeiling', 'reason'],
  }),
  route('GET', '/budgets/:id/ledger', 'budgeting', BUDGET_READERS, 'Ledger entries, oldest first'),
  route(
    'GET',
    '/allocations',
    'budgeting',
    BUDGET_READERS,
    'List allocations (?budgetId=&agreementId=&status=&purpose=)',
  ),
  route('GET', '/allocations/:id', 'budgeting', BUDGET_READERS, 'Get an allocation'),
  route('POST', '/allocations/:id/approve', 'budgeting', [financeOfficer], 'Approve an allocation', 200, {
    required: [],
    optional: ['budgetId'],
  }),
  route('POST', '/allocations/:id/reject', 'budgeting', [financeOfficer], 'Reject an allocation', 200, {
    required: ['reason'],
  }),
  route(
    'POST',
    '/allocations/:id/disbursements',
    'budgeting',
    [financeOfficer],
    'Record a disbursement',
    201,
    {
      required: ['amount', 'date', 'description', 'reference'],
    },
  ),

  {
    ...route('POST', '/webhooks', 'notifications', [agencyAdmin], 'Subscribe a webhook', 201, {
      required: ['url', 'eventTypes'],
      optional: ['description', 'agencyCode'],
    }),
    secretInAnswer: true,
  },
  route('GET', '/webhooks', 'notifications', [agencyAdmin], 'List webhooks (?agencyCode=)'),
  route('GET', '/webhooks/:id', 'notifications', [agencyAdmin], 'Get a webhook'),
  route('DELETE', '/webhooks/:id', 'notifications', [agencyAdmin], 'Delete a webhook', 204),
  route(
    'GET',
    '/webhooks/:id/deliveries',
    'notifications',
    [agencyAdmin],
    'Deliveries of a webhook (?status=)',
  ),
  route(
    'POST',
    '/webhooks/:id/deliveries/:deliveryId/redeliver',
    'notifications',
    [agencyAdmin],
    'Redeliver a delivery',
    202,
  ),
];

/**
 * Routes a service answers only to the gateway's aggregates: the figures of every agreement in the
 * caller's scope in one answer, so that the dashboard reads each service once instead of once per
 * agreement. They are not forwarded (`matchRoute` never finds them, so the public API answers 404)
 * and no role may call them directly: a service lets a call through only from an aggregate that
 * reads them (`AGGREGATE_ROUTES`), or from a platform-admin. Each service limits the answer to the
 * caller's agency scope exactly as its own reads do.
 */
export const INTERNAL_ROUTES: ForwardedRoute[] = [
  route(
    'GET',
    '/summaries/agreements',
    'agreements',
    [],
    'Work plans of the year with their indicators, per agreement (?fiscalYear=)',
  ),
  route(
    'GET',
    '/summaries/agreements',
    'rehabilitation',
    [],
    'Programs by status, enrolled, completed, per agreement (?agreementId= for one)',
  ),
  route(
    'GET',
    '/summaries/agreements',
    'budgeting',
    [],
    'Budget balances of the year, per agreement (?fiscalYear=)',
  ),
  route(
    'GET',
    '/summaries/agreements',
    'reintegration',
    [],
    'Reintegration figures of the year’s cohort, per agreement (?cohortYear=)',
  ),
];

export interface RouteMatch {
  route: ForwardedRoute;
  params: Record<string, string>;
}

/** `GET /agreements/:id`: how a route is named in internal tokens and aggregate definitions. */
export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

/** One service's route, where several serve the same one (the summaries): `rehabilitation GET /summaries/agreements`. */
export const serviceRouteKey = (route: ForwardedRoute) => `${route.service} ${routeKey(route)}`;

/** `/agreements/:id/overview` → `agreements`. */
const firstSegment = (path: string) => path.split('/', 2)[1] ?? '';

/**
 * Each route's pattern, the routes grouped by the first segment of their path in their declared
 * order: a request is matched against the few routes that share its first segment, not all of them.
 */
const compile = (routes: ForwardedRoute[]) => {
  const parameterFirst = routes.find((r) => firstSegment(r.path).startsWith(':'));
  if (parameterFirst) throw new Error(`route ${routeKey(parameterFirst)} must begin with a fixed segment`);
  const patterns = routes.map((r) => ({
    route: r,
    names: [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]),
    pattern: new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '([^/]+)')}$`),
  }));
  return Map.groupBy(patterns, (c) => firstSegment(c.route.path));
};
const compiled = compile(FORWARDED_ROUTES);
/** The forwarded routes by method and first segment (`GET agreements`), in their declared order. */
const compiledByMethod = Map.groupBy(
  [...compiled.values()].flat(),
  (c) => `${c.route.method} ${firstSegment(c.route.path)}`,
);
/** What the services serve: the forwarded routes and the internal ones. */
const served = compile([...FORWARDED_ROUTES, ...INTERNAL_ROUTES]);

/** A route's path split at its parameters: fixed text at even indexes, parameter names at odd ones. */
const templates = new WeakMap<ForwardedRoute, string[]>();

/**
 * The path the service is called with: the route's own template with each parameter encoded
 * again, so the service serves exactly the route the gateway authorised.
 */
export function upstreamPath(route: ForwardedRoute, params: Record<string, string>): string {
  let parts = templates.get(route);
  if (!parts) templates.set(route, (parts = route.path.split(/:([A-Za-z]+)/)));
  let path = parts[0];
  for (let i = 1; i < parts.length; i += 2) path += encodeURIComponent(params[parts[i]]) + parts[i + 1];
  return path;
}

/** Finds the route for a method and path; `pathKnown` tells a 405 from a 404. */
export function matchRoute(method: string, path: string): { match?: RouteMatch; pathKnown: boolean } {
  const segment = firstSegment(path);
  for (const { route, names, pattern } of compiledByMethod.get(`${method} ${segment}`) ?? []) {
    const m = pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (let i = 0; i < names.length; i++) params[names[i]] = decodeURIComponent(m[i + 1]);
    return { match: { route, params }, pathKnown: true };
  }
  return { pathKnown: (compiled.get(segment) ?? []).some((c) => c.pattern.test(path)) };
}

/** The route of `service` that a call to `method path` (as the service receives it) is for. */
export function serviceRoute(service: string, method: string, path: string): ForwardedRoute | undefined {
  return served
    .get(firstSegment(path))
    ?.find((c) => c.route.service === service && c.route.method === method && c.pattern.test(path))?.route;
}

/** True when `roles` may call `route` (platform-admin may call every route). */
export const rolesAllow = (route: { roles: readonly Role[] }, roles: readonly string[]) =>
  roles.includes(Roles.platformAdmin) || route.roles.some((r) => roles.includes(r));

/**
 * A gateway route that answers from several services' routes (`reads`) on the caller's behalf.
 * The caller may hold none of the roles of the routes read: a service lets such a call through
 * only when the gateway's internal token names the aggregate (`via`), the caller's roles allow the
 * aggregate, and the aggregate reads that route.
 */
export interface AggregateRoute {
  method: 'GET';
  /** Gateway path below /api/v1. */
  path: string;
  /** Roles allowed besides platform-admin. */
  roles: Role[];
  /** The forwarded or internal routes it reads: `routeKey`, or `serviceRouteKey` for one service's only. */
  reads: string[];
}

const OVERVIEW_READS = [
  'GET /agreements/:id',
  'GET /agreements/:id/work-plans/:fiscalYear',
  // Rehabilitation's summary of the one agreement: its programs counted in one statement.
  'rehabilitation GET /summaries/agreements',
  'GET /budgets',
  'GET /reintegration/metrics/agreement-summary',
];

export const AGGREGATE_ROUTES = {
  overview: {
    method: 'GET',
    path: '/agreements/:id/overview',
    roles: DATA_ROLES,
    reads: OVERVIEW_READS,
  },
  /** Every agreement's figures: the list of agreements, then one summary of each service. */
  dashboard: {
    method: 'GET',
    path: '/dashboard',
    roles: DATA_ROLES,
    reads: ['GET /agreements', 'GET /summaries/agreements'],
  },
  /**
   * The joint evaluation report (Laporan Evaluasi Bersama) as a PDF: whoever may read the agreement's
   * evaluations, within the agreement's scope as the agreements service decides it.
   */
  evaluationReport: {
    method: 'GET',
    path: '/agreements/:id/evaluations/:evaluationId/report.pdf',
    roles: AGREEMENT_READERS,
    reads: ['GET /agreements/:id', 'GET /agreements/:id/evaluations', 'GET /agencies/:code'],
  },
} satisfies Record<string, AggregateRoute>;

export type AggregateName = keyof typeof AGGREGATE_ROUTES;

const aggregatesByKey = new Map<string, AggregateRoute>(
  Object.values(AGGREGATE_ROUTES).map((a) => [routeKey(a), a]),
);

/** True when `aggregate` reads `route` (of every service serving it, or of its own service only). */
export const aggregateReads = (aggregate: AggregateRoute, route: ForwardedRoute) =>
  aggregate.reads.includes(routeKey(route)) || aggregate.reads.includes(serviceRouteKey(route));

/** The aggregate named `via` in an internal token, when there is one. */
export const aggregateRoute = (via: string): AggregateRoute | undefined => aggregatesByKey.get(via);
