import { type Problem, ProblemError } from '@sinergi/client';
import { isTransient, withRetries } from './retry';

const problem = (status: number, code: Problem['code'] = 'service.unavailable') =>
  new ProblemError({ type: 'about:blank', title: code, status, code, detail: `status ${status}` });

/** A read that fails with each of `failures` in turn, then answers 'read'; it counts its calls. */
function reading(...failures: Error[]) {
  const read = jest.fn(async () => {
    const failure = failures[read.mock.calls.length - 1];
    if (failure) throw failure;
    return 'read';
  });
  return read;
}

describe('reads asked again after a transient failure', () => {
  it('tells a busy or briefly unreachable platform from a refusal', () => {
    expect([429, 502, 503, 504].map((status) => isTransient(problem(status)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([400, 401, 403, 404, 409, 422, 500].map((status) => isTransient(problem(status)))).toEqual(
      Array(7).fill(false),
    );
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(true);
    expect(isTransient(new Error('parse'))).toBe(false);
  });

  it('answers with the first read that succeeds, after as many transient failures as it has waits', async () => {
    const read = reading(problem(503), new TypeError('Failed to fetch'));
    await expect(withRetries(read, [1, 1])).resolves.toBe('read');
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('throws the last failure when every try fails transiently', async () => {
    const last = problem(504, 'service.timeout');
    const read = reading(problem(503), problem(502), last);
    await expect(withRetries(read, [1, 1])).rejects.toBe(last);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('throws a refusal at once, without asking again', async () => {
    const refusal = problem(403, 'auth.forbidden');
    const read = reading(refusal);
    await expect(withRetries(read, [1, 1])).rejects.toBe(refusal);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
