import {
  Injectable,
  NotAcceptableException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { API_PREFIX } from '@sinergi/platform';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { isCsvList, ONLY_LISTS_AS_CSV, wantsCsv } from './csv-export';
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
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      wantsCsv(request.headers.accept) &&
      route?.startsWith(`${API_PREFIX}/`) &&
      route !== PROXY_ROUTE &&
      !isCsvList(route)
    )
      throw new NotAcceptableException(ONLY_LISTS_AS_CSV);
    return next.handle();
  }
}
