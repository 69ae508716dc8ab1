import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { DomainError } from '../errors/domain-error';
import { codeForStatus } from '../errors/error-catalogue';
import { problem, PROBLEM_CONTENT_TYPE, type Problem } from './problem';
import { InvalidInputException } from './validation';

/** Set by the gateway when it forwards, so a service names the public path in `instance`. */
export const FORWARDED_PREFIX_HEADER = 'x-forwarded-prefix';

/** Turns every error into RFC 9457 problem+json; unexpected errors become a 500 without internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetailsFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const body = problemOf(exception, problemInstance(http.getRequest<FastifyRequest>()));
    if (body.status >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}

/** The problem an error answers as: its own code for a domain error, else by HTTP status; 500 without internals. */
export function problemOf(exception: unknown, instance: string | undefined): Problem {
  if (exception instanceof DomainError) {
    return problem(exception.code, exception.message, { instance });
  }
  if (exception instanceof InvalidInputException) {
    return problem('request.invalid-input', exception.message, {
      errors: exception.fieldErrors,
      instance,
    });
  }
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? (response as { message: string[] }).message.join('; ')
          : String((response as { message?: unknown }).message ?? exception.message);
    return problem(codeForStatus(exception.getStatus()), detail, { instance });
  }
  const status = (exception as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own errors (malformed JSON, body too large, wrong content type).
    return problem(codeForStatus(status), (exception as Error).message, { instance });
  }
  return problem('internal.error', 'unexpected error; the correlation id identifies it in the logs', {
    instance,
  });
}

/** A problem's `instance`: the path the caller called (below the gateway's prefix when forwarded). */
export function problemInstance(
  request: { url?: string; headers: IncomingHttpHeaders } | undefined,
): string | undefined {
  if (!request?.url) return undefined;
  const prefix = request.headers[FORWARDED_PREFIX_HEADER];
  const path = request.url.split('?')[0];
  return typeof prefix === 'string' && /^\/[\w/-]*$/.test(prefix) ? `${prefix}${path}` : path;
}
