import { Roles } from '@sinergi/platform';
import { matchRoute } from './route-table';

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
