import {
  AGGREGATE_ROUTES,
  API_PREFIX,
  DATA_ROLES,
  FORWARDED_ROUTES,
  routeKey,
  Roles,
  type Role,
} from '@sinergi/platform';

/** A route of the matrix: its roles besides platform-admin and its success status. */
export interface MatrixRoute {
  method: string;
  /** Path below /api/v1 with `:param` segments. */
  path: string;
  roles: Role[];
  status: number;
}

const notAdmin = (roles: Role[]) => roles.filter((r) => r !== Roles.platformAdmin);

/**
 * The routes the gateway answers itself (aggregates, audit, API clients, people), with the roles of
 * their `@AllowRoles` decorators; `authorization-matrix.spec.ts` checks them against the OpenAPI
 * document generated from those decorators.
 */
export const GATEWAY_ROUTES: MatrixRoute[] = [
  { method: 'GET', path: '/agreements/:id/overview', roles: notAdmin(DATA_ROLES), status: 200 },
  { method: 'GET', path: '/dashboard', roles: notAdmin(DATA_ROLES), status: 200 },
  {
    method: 'GET',
    path: AGGREGATE_ROUTES.evaluationReport.path,
    roles: notAdmin(AGGREGATE_ROUTES.evaluationReport.roles),
    status: 200,
  },
  { method: 'GET', path: '/status', roles: notAdmin(DATA_ROLES), status: 200 },
  { method: 'GET', path: '/audit', roles: [Roles.auditor], status: 200 },
  { method: 'POST', path: '/clients', roles: [], status: 201 },
  { method: 'GET', path: '/clients', roles: [], status: 200 },
  { method: 'POST', path: '/clients/:id/disable', roles: [], status: 200 },
  { method: 'POST', path: '/clients/:id/rotate-secret', roles: [], status: 200 },
  { method: 'POST', path: '/users', roles: [Roles.agencyAdmin], status: 201 },
  { method: 'GET', path: '/users', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'GET', path: '/users/:id', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'PATCH', path: '/users/:id', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'POST', path: '/users/:id/disable', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'POST', path: '/users/:id/enable', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'POST', path: '/users/:id/reset', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'GET', path: '/users/:id/sessions', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'GET', path: '/agencies/:code/sign-in-policy', roles: [Roles.agencyAdmin], status: 200 },
  { method: 'PATCH', path: '/agencies/:code/sign-in-policy', roles: [Roles.agencyAdmin], status: 200 },
];

/**
 * Operations of the API outside the matrix, with the reason: they take no token, or act on the
 * signed-in person's own account whatever the roles.
 */
export const OUTSIDE_THE_MATRIX: Record<string, string> = {
  'POST /auth/token': 'takes no token; issues one (client-credentials.int-spec.ts)',
  'POST /sessions': 'takes no token; signs a person in (accounts.int-spec.ts)',
  'POST /users/password': 'takes no token; redeems a one-time code (accounts.int-spec.ts)',
  'GET /sessions': 'the signed-in person’s own sessions (accounts.int-spec.ts)',
  'DELETE /sessions/current': 'the signed-in person’s own session (accounts.int-spec.ts)',
  'DELETE /sessions/:id': 'the signed-in person’s own session (accounts.int-spec.ts)',
  'GET /me': 'the caller’s own identity (accounts.int-spec.ts)',
  'POST /me/password': 'the signed-in person’s own password (no test calls this route yet)',
  'POST /me/totp': 'the signed-in person’s own second factor (no test calls this route yet)',
  'POST /me/totp/confirm': 'the signed-in person’s own second factor (no test calls this route yet)',
};

/** Every route of the matrix: the route table's, then the gateway's own. */
export const MATRIX_ROUTES: MatrixRoute[] = [...FORWARDED_ROUTES, ...GATEWAY_ROUTES];

/*
 * The authorisation matrix: every route of the route table × every kind of caller, with the status
 * each call must get. It is derived, never observed: 401 without a valid token, 403 when none of
 * the caller's roles is one of the route's roles (platform-admin always is), else the route's
 * success status when the route's scope rule (docs/authorization.md) puts the resource within the
 * caller's agency's scope, and 404 when it does not. `services/gateway/test/authorization-matrix.
 * int-spec.ts` makes every call through the real gateway and services; `npm run docs:authorization`
 * writes the same table into docs/authorization.md.
 */

/** Where the caller's agency stands towards the resource a cell calls. */
export type Standing = 'admin' | 'party' | 'outsider' | 'no-token' | 'expired-token';

export interface MatrixCaller {
  key: string;
  /** Column heading in docs/authorization.md. */
  heading: string;
  role?: Role;
  standing: Standing;
}

const ROLE_ABBREVIATIONS: Array<[Role, string]> = [
  [Roles.agencyAdmin, 'AA'],
  [Roles.agreementOfficer, 'AO'],
  [Roles.programOfficer, 'PO'],
  [Roles.probationOfficer, 'BO'],
  [Roles.financeOfficer, 'FO'],
  [Roles.auditor, 'AU'],
  [Roles.viewer, 'VI'],
];

/**
 * The callers: the platform-admin; each other role once in an agency in scope of the resource
 * (party to its agreement, or the facility or BAPAS holding it) and once in an agency party to
 * nothing; a call without a token and one with an expired token.
 */
export const MATRIX_CALLERS: MatrixCaller[] = [
  { key: 'platform-admin', heading: 'PA', role: Roles.platformAdmin, standing: 'admin' },
  ...ROLE_ABBREVIATIONS.flatMap(([role, abbreviation]): MatrixCaller[] => [
    { key: `${role}@party`, heading: `${abbreviation}`, role, standing: 'party' },
    { key: `${role}@outsider`, heading: `${abbreviation}✗`, role, standing: 'outsider' },
  ]),
  { key: 'no-token', heading: 'none', standing: 'no-token' },
  { key: 'expired-token', heading: 'exp', standing: 'expired-token' },
];

export type ScopeRuleName =
  | 'everyone'
  | 'own-agency'
  | 'agreement-parties'
  | 'program'
  | 'participant'
  | 'case'
  | 'budget'
  | 'agency-people'
  | 'agency-settings'
  | 'webhook';

export interface ScopeRule {
  /** Whether the caller's agency may reach the route's resource (platform-admin always may). */
  reaches(caller: MatrixCaller): boolean;
  /** The status out of scope: 404 (as if absent) unless the rule says otherwise. */
  outside?: number;
  /** The rule as docs/authorization.md states it. */
  text: string;
}

const seesEverything = (caller: MatrixCaller) => caller.standing === 'admin' || caller.role === Roles.auditor;
const inScope = (caller: MatrixCaller) => seesEverything(caller) || caller.standing === 'party';

export const SCOPE_RULES: Record<ScopeRuleName, ScopeRule> = {
  everyone: {
    reaches: () => true,
    text: 'no resource of one agency: every caller with the role gets an answer (a list holds only what its scope allows)',
  },
  'own-agency': {
    reaches: () => true,
    text: 'creates a record for the caller’s own agency (the body names it), so an agency party to nothing succeeds too',
  },
  'agreement-parties': {
    reaches: inScope,
    text: 'the agreement’s parties; auditors read all',
  },
  program: {
    reaches: inScope,
    text: 'the facility running the program and the parties to its agreement; only the facility changes it; auditors read all',
  },
  participant: {
    reaches: inScope,
    text: 'the facility holding the person and the BAPAS supervising them after release; auditors read all',
  },
  case: {
    reaches: inScope,
    text: 'the case’s BAPAS; auditors read all',
  },
  budget: {
    reaches: inScope,
    text: 'the parties to the budget’s agreement; decisions by the owner agency (a party); auditors read all',
  },
  'agency-people': {
    reaches: (caller) => caller.standing !== 'outsider',
    text: 'the people (user accounts) of the caller’s own agency, managed by its agency-admins; another agency’s person answers 404',
  },
  'agency-settings': {
    reaches: (caller) => caller.standing !== 'outsider',
    outside: 403,
    text: 'an agency’s own sign-in policy, managed by its agency-admins; another agency’s answers 403 (the agency itself is public)',
  },
  webhook: {
    reaches: (caller) => caller.standing === 'admin' || caller.standing === 'party',
    text: 'the agency the webhook belongs to (and the platform-admin); no one else sees it',
  },
};

/** The scope rule of every route of the route table, keyed `METHOD /path`. */
export const ROUTE_SCOPES: Record<string, ScopeRuleName> = {
  'POST /agencies': 'everyone',
  'GET /agencies': 'everyone',
  'GET /agencies/:code': 'everyone',
  'PATCH /agencies/:code': 'everyone',
  'POST /agreements': 'own-agency',
  'GET /agreements': 'everyone',
  'GET /agreements/:id': 'agreement-parties',
  'PATCH /agreements/:id': 'agreement-parties',
  'POST /agreements/:id/submit': 'agreement-parties',
  'POST /agreements/:id/signatures': 'agreement-parties',
  'POST /agreements/:id/terminate': 'agreement-parties',
  'POST /agreements/:id/amendments': 'agreement-parties',
  'GET /agreements/:id/history': 'agreement-parties',
  'POST /agreements/:id/work-plans': 'agreement-parties',
  'POST /agreements/:id/work-plans/:fiscalYear/approve': 'agreement-parties',
  'GET /agreements/:id/work-plans/:fiscalYear': 'agreement-parties',
  'POST /agreements/:id/evaluations': 'agreement-parties',
  'GET /agreements/:id/evaluations': 'agreement-parties',
  'POST /programs': 'program',
  'GET /programs': 'everyone',
  'GET /programs/:id': 'program',
  'POST /programs/:id/request-funding': 'program',
  'POST /programs/:id/start': 'program',
  'POST /programs/:id/complete': 'program',
  'POST /programs/:id/cancel': 'program',
  'POST /programs/:id/enrollments': 'program',
  'GET /programs/:id/enrollments': 'program',
  'POST /programs/:id/sessions': 'program',
  'GET /programs/:id/sessions/:sessionId/attendance': 'program',
  'POST /programs/:id/sessions/:sessionId/attendance': 'program',
  'POST /participants': 'own-agency',
  'GET /participants': 'everyone',
  'GET /participants/:id': 'participant',
  'GET /participants/:id/access-log': 'participant',
  'POST /participants/:id/nik-disclosures': 'participant',
  'POST /participants/:id/release': 'participant',
  'POST /enrollments/:id/complete': 'program',
  'POST /enrollments/:id/drop': 'program',
  'POST /enrollments/:id/fail': 'program',
  'GET /reintegration/cases': 'everyone',
  'GET /reintegration/cases/:id': 'case',
  'PATCH /reintegration/cases/:id/pathways/:pathway': 'case',
  'POST /reintegration/cases/:id/placements': 'case',
  'POST /reintegration/cases/:id/follow-ups': 'case',
  'POST /reintegration/cases/:id/grants': 'case',
  'POST /reintegration/cases/:id/reoffences': 'case',
  'POST /reintegration/cases/:id/close': 'case',
  'GET /reintegration/metrics/recidivism': 'everyone',
  'GET /reintegration/metrics/employment': 'everyone',
  'GET /reintegration/metrics/agreement-summary': 'everyone',
  'POST /budgets': 'budget',
  'GET /budgets': 'everyone',
  'GET /budgets/:id': 'budget',
  'POST /budgets/:id/revisions': 'budget',
  'GET /budgets/:id/ledger': 'budget',
  'GET /allocations': 'everyone',
  'GET /allocations/:id': 'budget',
  'POST /allocations/:id/approve': 'budget',
  'POST /allocations/:id/reject': 'budget',
  'POST /allocations/:id/disbursements': 'budget',
  'GET /agreements/:id/overview': 'agreement-parties',
  'GET /agreements/:id/evaluations/:evaluationId/report.pdf': 'agreement-parties',
  'GET /dashboard': 'everyone',
  'GET /status': 'everyone',
  'GET /audit': 'everyone',
  'POST /clients': 'everyone',
  'GET /clients': 'everyone',
  'POST /clients/:id/disable': 'everyone',
  'POST /clients/:id/rotate-secret': 'everyone',
  'POST /users': 'own-agency',
  'GET /users': 'everyone',
  'GET /users/:id': 'agency-people',
  'PATCH /users/:id': 'agency-people',
  'POST /users/:id/disable': 'agency-people',
  'POST /users/:id/enable': 'agency-people',
  'POST /users/:id/reset': 'agency-people',
  'GET /users/:id/sessions': 'agency-people',
  'GET /agencies/:code/sign-in-policy': 'agency-settings',
  'PATCH /agencies/:code/sign-in-policy': 'agency-settings',
  'POST /webhooks': 'own-agency',
  'GET /webhooks': 'everyone',
  'GET /webhooks/:id': 'webhook',
  'DELETE /webhooks/:id': 'webhook',
  'GET /webhooks/:id/deliveries': 'webhook',
  'POST /webhooks/:id/deliveries/:deliveryId/redeliver': 'webhook',
};

/** The scope rule of a route; throws for a route of the table that has none. */
export function scopeOf(route: MatrixRoute): ScopeRuleName {
  const scope = ROUTE_SCOPES[routeKey(route)];
  if (!scope)
    throw new Error(
      `route ${routeKey(route)} has no scope rule: add it to ROUTE_SCOPES in services/gateway/src/routing/authorization-matrix.ts`,
    );
  return scope;
}

/** The status a caller must get from a route: 401, 403 for the role, 404 out of scope, else success. */
export function expectedStatus(route: MatrixRoute, caller: MatrixCaller): number {
  if (caller.standing === 'no-token' || caller.standing === 'expired-token') return 401;
  if (caller.role !== Roles.platformAdmin && !route.roles.includes(caller.role!)) return 403;
  const rule = SCOPE_RULES[scopeOf(route)];
  return rule.reaches(caller) ? route.status : (rule.outside ?? 404);
}

export const MATRIX_START = '<!-- authorization-matrix:start (npm run docs:authorization) -->';
export const MATRIX_END = '<!-- authorization-matrix:end -->';

/** The generated section of docs/authorization.md. */
export function renderAuthorizationMatrix(routes: MatrixRoute[] = MATRIX_ROUTES): string {
  const callers = MATRIX_CALLERS;
  const legend = ROLE_ABBREVIATIONS.map(([role, abbreviation]) => `${abbreviation} ${role}`).join(' · ');
  const lines = [
    MATRIX_START,
    '## The authorisation matrix (generated)',
    '',
    `Every route of the gateway's route table and every route the gateway answers itself (aggregates, ` +
      `audit, API clients, people) × every kind of caller: **${routes.length} routes × ` +
      `${callers.length} callers = ${routes.length * callers.length} calls**, each made through the real ` +
      'gateway and services with a valid body by `services/gateway/test/authorization-matrix.int-spec.ts`, ' +
      'which asserts exactly the status shown. The status follows from the route’s roles (403 when none ' +
      'of the caller’s roles may use the route; platform-admin always may) and the scope rule of the ' +
      'route (404 when the resource is outside the caller’s agency’s scope, unless the rule says otherwise); a call that is allowed and ' +
      'in scope gets the route’s success status, on a resource prepared for that call alone when the ' +
      'call changes it. Written by `npm run docs:authorization` (CI runs it with `--check`); do not edit.',
    '',
    `Callers: **PA** platform-admin; then each role (${legend}) in an agency within the resource's ` +
      "scope (the agreement's party, the facility or BAPAS holding it), and the same role marked **✗** " +
      'in an agency party to nothing; **none** no token; **exp** an expired token.',
    '',
    'Outside the matrix, with the test file that calls each:',
    ...Object.entries(OUTSIDE_THE_MATRIX).map(([key, why]) => `- \`${key}\`: ${why}.`),
    '',
    'Scope rules:',
    ...Object.entries(SCOPE_RULES).map(([name, rule]) => `- \`${name}\`: ${rule.text}.`),
    '',
    `| route | scope | ${callers.map((c) => c.heading).join(' | ')} |`,
    `|---|---|${callers.map(() => '---:').join('|')}|`,
    ...routes.map(
      (route) =>
        `| \`${route.method} ${API_PREFIX}${route.path}\` | ${scopeOf(route)} | ${callers
          .map((caller) => expectedStatus(route, caller))
          .join(' | ')} |`,
    ),
    MATRIX_END,
  ];
  return `${lines.join('\n')}\n`;
}

/** docs/authorization.md with its generated section replaced (or appended when missing). */
export function withAuthorizationMatrix(document: string, routes: MatrixRoute[] = MATRIX_ROUTES): string {
  const section = renderAuthorizationMatrix(routes);
  const start = document.indexOf(MATRIX_START);
  const end = document.indexOf(MATRIX_END);
  if (start === -1 || end === -1) return `${document.trimEnd()}\n\n${section}`;
  return `${document.slice(0, start)}${section}${document.slice(end + MATRIX_END.length).replace(/^\n/, '')}`;
}
