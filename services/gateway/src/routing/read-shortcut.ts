import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  API_PREFIX,
  conditionalAnswer,
  CORRELATION_HEADER,
  correlationIdOf,
  matchRoute,
  problemInstance,
  problemOf,
  PROBLEM_CONTENT_TYPE,
  recordRequest,
  requestContext,
  upstreamPath,
  type RequestContext,
  type RequestShortcut,
} from '@sinergi/platform';
import type { Logger } from 'pino';
import { AccessTokenGuard } from '../auth/access-token.guard';
import { API_SECURITY_HEADERS } from '../http-hardening';
import { RateLimitedException } from '../rate-limit/rate-limiter';
import { wantsCsv } from './csv-export';
import { PROXY_ROUTE, requireRoles, unavailableProblem } from './proxy.controller';
import { pathRefusal } from './request-path';
import { ServiceClient, ServiceUnavailableError } from './service-client';

/** A fastify route path as a pattern of the paths it takes (`:name` one segment, `*` the rest). */
const routePattern = (url: string) =>
  url
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');

/**
 * Bearer-token reads of the services' routes (the integrators' traffic) answered ahead of fastify:
 * the same admission (authentication, rate limit), role check and forward as the proxy's route,
 * and the same answer (security headers, correlation id, entity tag, problems, metrics and access
 * log), without fastify's routing, request and reply objects and hook chain, which cost these reads
 * more than the proxy's own work. Anything else is left to fastify as it came: writes, the
 * gateway's own routes, a browser's session or cross-origin request, a CSV export, a request with
 * a body's content type, a path the gateway refuses or one with percent-encoding (which fastify's
 * router decodes before it matches), a query with an encoded NUL (which fastify refuses). With
 * CORS origins configured, fastify also adds its CORS headers to a request without `Origin`; the
 * shortcut does not, as they tell a client nothing it asked, and every answer here is private or
 * not stored.
 */
export function readShortcut(app: NestFastifyApplication, logger: Logger): RequestShortcut {
  const admission = app.get(AccessTokenGuard);
  const services = app.get(ServiceClient);
  // The gateway's own GET routes under the API prefix (aggregates, accounts…) come before the proxy's
  // catch-all in fastify's router, and keep their reads; a route outside it (the console's `/*`)
  // comes after.
  const ownPatterns: string[] = [];
  let ownRoute = /$^/;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', ({ method, url }) => {
      const methods = Array.isArray(method) ? method : [method];
      if (!methods.includes('GET') || !url.startsWith(`${API_PREFIX}/`) || url === PROXY_ROUTE) return;
      ownPatterns.push(routePattern(url));
      ownRoute = new RegExp(`^(?:${ownPatterns.join('|')})$`);
    });

  return (request, response) => {
    const url = request.url ?? '';
    if (request.method !== 'GET' || !url.startsWith(`${API_PREFIX}/`)) return false;
    const { authorization, origin, accept } = request.headers;
    if (authorization === undefined || origin !== undefined || wantsCsv(accept)) return false;
    if (request.headers['content-type'] !== undefined || pathRefusal(url) !== undefined) return false;
    const queryAt = url.indexOf('?');
    const publicPath = queryAt < 0 ? url : url.slice(0, queryAt);
    if (publicPath.includes('%') || (queryAt >= 0 && /%00/.test(url.slice(queryAt)))) return false;
    if (ownRoute.test(publicPath)) return false;
    const { match } = matchRoute('GET', publicPath.slice(API_PREFIX.length));
    if (!match) return false;

    const startedAt = performance.now();
    // Named by its template once admitted, as the proxy's route names it.
    const context: RequestContext & { route: string } = {
      correlationId: correlationIdOf(request.headers[CORRELATION_HEADER]),
      route: PROXY_ROUTE,
    };
    const headers: Record<string, string> = {
      ...API_SECURITY_HEADERS,
      [CORRELATION_HEADER]: context.correlationId,
    };
    const send = (status: number, body: string, byteLength = Buffer.byteLength(body)) => {
      if (!headers['cache-control']) headers['cache-control'] = 'no-store';
      headers['content-length'] = String(byteLength);
      // Node writes a string body together with the head as one string; a Buffer goes out as a vector.
      response.writeHead(status, headers).end(body);
      recordRequest(logger, 'GET', context.route, status, context, performance.now() - startedAt);
    };
    const refuse = (error: unknown) => {
      const body =
        error instanceof ServiceUnavailableError
          ? unavailableProblem(error, publicPath)
          : problemOf(error, problemInstance(request));
      // A service's absence answers 503/504 without an error line, as the proxy's route does.
      if (body.status >= 500 && !(error instanceof ServiceUnavailableError))
        logger.error({ err: error }, 'request failed');
      if (error instanceof RateLimitedException) headers['retry-after'] = String(error.retryAfterSeconds);
      // As fastify names the charset of a serialised object.
      headers['content-type'] = `${PROBLEM_CONTENT_TYPE}; charset=utf-8`;
      send(body.status, JSON.stringify(body));
    };

    void requestContext
      .run(context, async () => {
        try {
          const caller = await admission.admitBearer(authorization);
          context.route = `${API_PREFIX}${match.route.path}`;
          requireRoles(match.route, caller);
          const path = upstreamPath(match.route, match.params);
          const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
          const upstream = query ? `${path}?${query}` : path;
          const answer = await services.call(match.route.service, 'GET', upstream, { caller });
          headers['content-type'] = answer.contentType;
          if (answer.status === 200 && answer.contentType.startsWith('application/json')) {
            const { validators, notModified } = conditionalAnswer(
              request.headers['if-none-match'],
              answer.bytes,
            );
            Object.assign(headers, validators);
            if (notModified) {
              delete headers['content-type'];
              return send(304, '');
            }
          }
          send(answer.status, answer.body, answer.bytes.length);
        } catch (error) {
          refuse(error);
        }
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'request failed');
        response.destroy();
      });
    return true;
  };
}
