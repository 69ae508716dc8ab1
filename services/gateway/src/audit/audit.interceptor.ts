import {
  HttpException,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { API_PREFIX, matchRoute, requestContext } from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import { AuditTrail } from './audit-trail';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const kept = (status: number) => status < 300 || status === 403;

/**
 * Records every authenticated write through the public API that changed something (2xx) or was
 * refused for lack of permission (403) once it is answered; invalid or conflicting requests change
 * nothing and are not kept. A failure to record is logged, not turned into an error: by then the effect has
 * happened, and an error would invite the client to repeat it.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(private readonly trail: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const caller = requestContext.current()?.caller;
    if (!caller || !WRITES.has(request.method) || !request.url.startsWith(`${API_PREFIX}/`))
      return next.handle();
    const path = request.url.split('?')[0];
    const route = `${request.method} ${this.template(request, path)}`;
    const record = (status: number) =>
      !kept(status)
        ? of(undefined)
        : from(
            this.trail
              .record({
                caller,
                method: request.method,
                route,
                path,
                status,
                correlationId: requestContext.correlationId(),
              })
              .catch((error: unknown) =>
                this.logger.error(
                  `audit entry for ${route} by ${caller.clientId} not recorded: ${String(error)}`,
                ),
              ),
          );
    const reply = http.getResponse<FastifyReply>();
    const success = () =>
      reply.sent
        ? reply.statusCode
        : ((Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ??
          (request.method === 'POST' ? 201 : 200));
    return next.handle().pipe(
      mergeMap((value) => record(success()).pipe(mergeMap(() => [value]))),
      catchError((error: unknown) =>
        record(error instanceof HttpException ? error.getStatus() : 500).pipe(
          mergeMap(() => throwError(() => error)),
        ),
      ),
    );
  }

  /** The route as declared (`/api/v1/agreements/:id/sign`), so entries group by what was done. */
  private template(request: FastifyRequest, path: string): string {
    const declared = request.routeOptions.url ?? path;
    if (!declared.endsWith('/*')) return declared;
    const forwarded = matchRoute(request.method, path.slice(API_PREFIX.length)).match?.route.path;
    return forwarded ? `${API_PREFIX}${forwarded}` : path;
  }
}
