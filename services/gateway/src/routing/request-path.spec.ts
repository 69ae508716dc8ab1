import { pathRefusal } from './request-path';

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
