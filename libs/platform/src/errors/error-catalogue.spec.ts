import { BadRequestException, ForbiddenException, type ArgumentsHost } from '@nestjs/common';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { InvalidInputException } from '../http/validation';
import { requestContext } from '../logging/request-context';
import { DomainError } from './domain-error';
import { codeForStatus, ERROR_CATALOGUE, renderErrorDocs, type ErrorCode } from './error-catalogue';

function answer(exception: unknown, headers: Record<string, string> = {}) {
  const sent: { status?: number; body?: Record<string, unknown>; type?: string } = {};
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    header: (_: string, v: string) => ((sent.type = v), reply),
    send: (b: Record<string, unknown>) => ((sent.body = b), reply),
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({
      getResponse: () => reply,
      getRequest: () => ({ url: '/budgets/b-1/revisions?x=1', headers }),
    }),
  } as unknown as ArgumentsHost;
  requestContext.run({ correlationId: 'c-1' }, () => new ProblemDetailsFilter().catch(exception, host));
  return sent;
}

describe('error catalogue', () => {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it('names every code family.name in lower case with a 4xx or 5xx status', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
      expect(ERROR_CATALOGUE[code].status).toBeGreaterThanOrEqual(400);
    }
  });

  it('gives framework errors the code of their status', () => {
    for (const status of [400, 401, 403, 404, 405, 409, 413, 415, 429, 503, 504]) {
      expect(ERROR_CATALOGUE[codeForStatus(status)].status).toBe(status);
    }
    expect(codeForStatus(418)).toBe('request.rejected');
    expect(codeForStatus(500)).toBe('internal.error');
  });

  it('documents every code under its own anchor', () => {
    const docs = renderErrorDocs();
    for (const code of codes) expect(docs).toContain(`<a id="${code}"></a>\n\n## \`${code}\``);
  });

  it('answers a domain error with its code, status, docs link, instance and correlation id', () => {
    const sent = answer(new DomainError('budget.ceiling-below-allocated', 'below 600000'), {
      'x-forwarded-prefix': '/api/v1',
    });
    expect(sent).toEqual({
      status: 409,
      type: 'application/problem+json',
      body: {
        type: 'https://sinergi.example/docs/errors.md#budget.ceiling-below-allocated',
        title: 'Ceiling below allocations',
        status: 409,
        code: 'budget.ceiling-below-allocated',
        detail: 'below 600000',
        instance: '/api/v1/budgets/b-1/revisions',
        correlationId: 'c-1',
      },
    });
  });

  it('answers framework and unexpected errors with generic codes and hides internals', () => {
    expect(answer(new ForbiddenException('no')).body).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(answer(new BadRequestException('bad')).body).toMatchObject({ code: 'request.malformed' });
    expect(answer(new InvalidInputException([{ field: 'a', message: 'm' }])).body).toMatchObject({
      code: 'request.invalid-input',
      errors: [{ field: 'a', message: 'm' }],
      instance: '/budgets/b-1/revisions',
    });
    const hidden = answer(new Error('password=secret'));
    expect(hidden.body).toMatchObject({ status: 500, code: 'internal.error' });
    expect(JSON.stringify(hidden.body)).not.toContain('secret');
  });
});
