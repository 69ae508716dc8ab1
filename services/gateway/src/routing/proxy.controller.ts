import { ApiExcludeController } from '@nestjs/swagger';
import {
  All,
  Controller,
  ForbiddenException,
  HttpException,
  HttpStatus,
  NotFoundException,
  Req,
  Res,
} from '@nestjs/common';
import {
  API_PREFIX,
  currentCaller,
  matchRoute,
  problem,
  PROBLEM_CONTENT_TYPE,
  requestContext,
  rolesAllow,
  upstreamPath,
  type CallerIdentity,
  type ForwardedRoute,
} from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { answerListAsCsv, csvAsked } from './csv-export';
import {
  ServiceAnswer,
  ServiceClient,
  ServiceUnavailableError,
  type ServiceResponse,
} from './service-client';

/** Refuses (403) a caller whose roles the forwarded route does not allow. */
export function requireRoles(route: ForwardedRoute, caller: CallerIdentity): void {
  if (rolesAllow(route, caller.roles)) return;
  throw new ForbiddenException(
    route.roles.length > 0
      ? `this route needs one of the roles: ${route.roles.join(', ')}`
      : 'this route is for platform administrators',
  );
}

/** The answer to a call its service did not answer (503 unavailable, 504 timed out). */
export const unavailableProblem = (error: ServiceUnavailableError, instance: string) =>
  problem(
    error.timedOut ? 'service.timeout' : 'service.unavailable',
    `${error.service} is not available right now; try again shortly`,
    { instance },
  );

/** The proxy's catch-all route as fastify registers it (the controller's prefix and `*`). */
export const PROXY_ROUTE = `${API_PREFIX}/*`;

/** Forwards every API.md route of a service after authentication and the route's role check. */
@ApiExcludeController()
@Controller('api/v1')
export class ProxyController {
  constructor(
    private readonly services: ServiceClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @All('*')
  async forward(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const target = request.url.slice(API_PREFIX.length);
    const queryAt = target.indexOf('?');
    const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
    const query = queryAt < 0 ? undefined : target.slice(queryAt + 1);
    const { match, pathKnown } = matchRoute(request.method, rawPath);
    if (!match) {
      if (pathKnown)
        throw new HttpException(
          `${request.method} is not allowed on ${API_PREFIX}${rawPath}`,
          HttpStatus.METHOD_NOT_ALLOWED,
        );
      throw new NotFoundException(`no route ${request.method} ${API_PREFIX}${rawPath}`);
    }
    const caller = currentCaller();
    const { route } = match;
    const context = requestContext.current();
    if (context) context.route = `${API_PREFIX}${route.path}`;
    requireRoles(route, caller);
    const csv = csvAsked(request.method, request.headers.accept, `${API_PREFIX}${route.path}`);
    const body =
      request.body === undefined || request.method === 'GET' ? undefined : JSON.stringify(request.body);
    const path = upstreamPath(route, match.params);
    const upstream = query ? `${path}?${query}` : path;
    const instance = `${API_PREFIX}${rawPath}`;
    const key = IdempotencyService.keyOf(request.method, request.headers['idempotency-key']);
    const produce = () =>
      this.services.call(route.service, request.method, upstream, { caller, body, commandKey: key });

    let response: ServiceResponse & { replayed?: boolean };
    try {
      if (csv)
        return await answerListAsCsv(this.services, { service: route.service, path, query }, caller, reply);
      if (key) {
        response = await this.idempotency.run(
          caller.clientId,
          key,
          `${request.method} ${upstream} ${body ?? ''}`,
          produce,
          { keepResponse: route.secretInAnswer !== true },
        );
      } else {
        response = await produce();
      }
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) throw error;
      const body = unavailableProblem(error, instance);
      return reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
    }
    if (response.replayed) void reply.header('idempotent-replayed', 'true');
    return reply
      .status(response.status)
      .header('content-type', response.contentType)
      .send(response instanceof ServiceAnswer ? response.bytes : response.body);
  }
}
