import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE, type Problem } from './problem';
import { InvalidInputException } from './validation';

/** Turns every error into RFC 9457 problem+json; unexpected errors become a 500 without internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetailsFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toProblem(exception);
    if (body.status >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof InvalidInputException) {
      return problem(400, exception.message, exception.fieldErrors);
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const detail =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return problem(exception.getStatus(), detail);
    }
    const status = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own errors (malformed JSON, body too large, wrong content type).
      return problem(status, (exception as Error).message);
    }
    return problem(500, 'unexpected error; the correlation id identifies it in the logs');
  }
}
