import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  expectedStatus,
  MATRIX_ROUTES,
  OUTSIDE_THE_MATRIX,
  MATRIX_CALLERS,
  MATRIX_END,
  MATRIX_START,
  ROUTE_SCOPES,
  scopeOf,
  withAuthorizationMatrix,
} from './authorization-matrix';
import { API_PREFIX, routeKey } from '@sinergi/platform';

const routeOf = (key: string) => MATRIX_ROUTES.find((r) => routeKey(r) === key)!;
const callerOf = (key: string) => MATRIX_CALLERS.find((c) => c.key === key)!;
const status = (route: string, caller: string) => expectedStatus(routeOf(route), callerOf(caller));

describe('the authorisation matrix model', () => {
  it('has a scope rule for exactly the routes of the matrix', () => {
    expect(MATRIX_ROUTES.map(routeKey).filter((key) => !ROUTE_SCOPES[key])).toEqual([]);
    expect(
      Object.keys(ROUTE_SCOPES).filter((key) => !MATRIX_ROUTES.some((r) => routeKey(r) === key)),
    ).toEqual([]);
  });

  it('holds every operation of the OpenAPI document with its roles, or says why it is outside', () => {
    const document = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../../../docs/openapi.json'), 'utf8'),
    ) as { paths: Record<string, Record<string, { operationId?: string; 'x-roles'?: string[] }>> };
    const operations = Object.entries(document.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.operationId)
        .map(([method, op]) => ({
          key: `${method.toUpperCase()} ${p.slice(API_PREFIX.length).replace(/\{(\w+)\}/g, ':$1')}`,
          roles: (op['x-roles'] ?? []).filter((r) => r !== 'platform-admin').sort(),
        })),
    );
    const inMatrix = operations.filter((o) => !OUTSIDE_THE_MATRIX[o.key]);
    expect(inMatrix.map((o) => [o.key, o.roles])).toEqual(
      inMatrix.map((o) => {
        const route = MATRIX_ROUTES.find((r) => routeKey(r) === o.key);
        return [o.key, route ? [...route.roles].sort() : 'not in the matrix'];
      }),
    );
    expect(inMatrix).toHaveLength(MATRIX_ROUTES.length);
    expect(Object.keys(OUTSIDE_THE_MATRIX).filter((key) => !operations.some((o) => o.key === key))).toEqual(
      [],
    );
  });

  it('names the route that lacks a scope rule', () => {
    const added = { ...routeOf('GET /agencies'), path: '/reports' };
    expect(() => scopeOf(added)).toThrow(/route GET \/reports has no scope rule: add it to ROUTE_SCOPES/);
  });

  it('has the platform-admin, each other role in scope and out of scope, no token and an expired token', () => {
    expect(MATRIX_CALLERS.map((c) => c.key)).toEqual([
      'platform-admin',
      ...[
        'agency-admin',
        'agreement-officer',
        'program-officer',
        'probation-officer',
        'finance-officer',
        'auditor',
        'viewer',
      ].flatMap((role) => [`${role}@party`, `${role}@outsider`]),
      'no-token',
      'expired-token',
    ]);
  });

  it.each([
    ['GET /agreements/:id', 'no-token', 401],
    ['GET /agreements/:id', 'expired-token', 401],
    ['GET /agreements/:id', 'viewer@party', 403],
    ['GET /agreements/:id', 'agency-admin@party', 403],
    ['GET /agreements/:id', 'finance-officer@party', 200],
    ['GET /agreements/:id', 'finance-officer@outsider', 404],
    ['GET /agreements/:id', 'auditor@outsider', 200],
    ['GET /agreements/:id/work-plans/:fiscalYear', 'viewer@outsider', 404],
    ['POST /agreements', 'agreement-officer@outsider', 201],
    ['POST /agencies', 'platform-admin', 201],
    ['POST /agencies', 'agreement-officer@party', 403],
    ['POST /budgets', 'finance-officer@outsider', 404],
    ['POST /allocations/:id/approve', 'finance-officer@party', 200],
    ['POST /allocations/:id/approve', 'auditor@party', 403],
    ['GET /participants/:id/access-log', 'auditor@outsider', 200],
    ['GET /participants/:id/access-log', 'program-officer@party', 403],
    ['POST /reintegration/cases/:id/grants', 'probation-officer@outsider', 404],
    ['GET /programs', 'program-officer@outsider', 200],
    ['GET /agreements/:id/overview', 'viewer@outsider', 404],
    ['GET /users/:id', 'agency-admin@outsider', 404],
    ['GET /users/:id', 'viewer@party', 403],
    ['PATCH /agencies/:code/sign-in-policy', 'agency-admin@outsider', 403],
    ['POST /users', 'agency-admin@outsider', 201],
    ['POST /clients', 'agency-admin@party', 403],
    ['GET /agreements/:id/overview', 'viewer@outsider', 404],
    ['GET /users/:id', 'agency-admin@outsider', 404],
    ['GET /users/:id', 'viewer@party', 403],
    ['PATCH /agencies/:code/sign-in-policy', 'agency-admin@outsider', 403],
    ['POST /users', 'agency-admin@outsider', 201],
    ['POST /clients', 'agency-admin@party', 403],
    ['POST /webhooks', 'agency-admin@outsider', 201],
    ['GET /webhooks/:id', 'agency-admin@outsider', 404],
    ['GET /webhooks/:id', 'auditor@party', 403],
    ['DELETE /webhooks/:id', 'platform-admin', 204],
  ])('%s as %s must answer %i', (route, caller, expected) => {
    expect(status(route, caller)).toBe(expected);
  });

  it('replaces only its own section of docs/authorization.md, and again gives the same file', () => {
    const once = withAuthorizationMatrix('# Authorization\n\nHand-written rules.\n');
    expect(once.startsWith('# Authorization\n\nHand-written rules.\n\n' + MATRIX_START)).toBe(true);
    expect(once.trimEnd().endsWith(MATRIX_END)).toBe(true);
    const edited = once.replace('| 201 |', '| 999 |') + '\n## After\n';
    const again = withAuthorizationMatrix(edited);
    expect(again).toBe(once + '\n## After\n');
    expect(withAuthorizationMatrix(again)).toBe(again);
    expect(once).toContain(
      `${MATRIX_ROUTES.length} routes × ${MATRIX_CALLERS.length} callers = ${MATRIX_ROUTES.length * MATRIX_CALLERS.length} calls`,
    );
  });
});
