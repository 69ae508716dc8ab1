import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { API_PREFIX } from '@sinergi/platform';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { csvAsked } from './csv-export';
import { PROXY_ROUTE } from './proxy.controller';

/**
 * Refuses (406) `Accept: text/csv` on a route of the gateway's own that is not a list, once the
 * caller is authenticated and before the route runs. Forwarded routes are checked by the proxy
 * after it has matched them.
 */
@Injectable()
export class CsvListsOnlyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.routeOptions.url;
    if (route?.startsWith(`${API_PREFIX}/`) && route !== PROXY_ROUTE)
      csvAsked(request.method, request.headers.accept, route);
    return next.handle();
  }
}
