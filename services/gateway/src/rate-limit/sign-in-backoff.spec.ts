import { backoffSeconds, MAX_BACKOFF_SECONDS } from './sign-in-backoff';

describe('sign-in back-off', () => {
  it('lets the first failures pass and then doubles the wait up to a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffSeconds(n, 3))).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(backoffSeconds(40, 3)).toBe(MAX_BACKOFF_SECONDS);
  });
});
