import { Roles } from '@sinergi/platform';
import { pathRefusal } from './request-path';
import { matchRoute, upstreamPath } from './route-table';

describe('route table', () => {
  it.each([
    ['GET', '/participants/p-1/access-log', 'rehabilitation', [Roles.auditor], { id: 'p-1' }],
    ['POST', '/enrollments/e-1/fail', 'rehabilitation', [Roles.programOfficer], { id: 'e-1' }],
  ])('forwards %s %s to %s for exactly its roles', (method, path, service, roles, params) => {
    const { match, pathKnown } = matchRoute(method, path);
    expect(pathKnown).toBe(true);
    expect(match?.route.service).toBe(service);
    expect(match?.route.roles).toEqual(roles);
    expect(match?.params).toEqual(params);
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

describe('path refusal', () => {
  it.each([
    ['/api/v1/agreements/1#/work-plans/2027', /fragment/],
    ['/api/v1/agreements/1;/x', /;/],
    ['/api/v1/agreements/1%2Fx', /encoded/],
    ['/api/v1/agreements/1%5cx', /encoded/],
    ['/api/v1/agreements/1\\x', /backslash/],
    ['/api/v1/agreements/1%00', /encoded/],
    ['/api/v1/agreements/../x', /dot segment/],
    ['/api/v1/agreements/%2E%2e/x', /dot segment/],
    ['/api/v1/agreements/./x', /dot segment/],
    ['/api/v1/agreements/%E0', /percent-encoding/],
    ['/api/v1/agreements/%G1', /percent-encoding/],
    ['*', /starting with \//],
  ])('refuses %s', (target, reason) => {
    expect(pathRefusal(target)).toMatch(reason);
  });

  it.each([
    '/api/v1/agreements/1',
    '/api/v1/agencies/A%20B',
    '/api/v1/programs?status=%E0',
    '/',
    '/assets/x.js',
  ])('lets %s through', (target) => {
    expect(pathRefusal(target)).toBeUndefined();
  });
});
