import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { currentCaller } from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, map, type Observable } from 'rxjs';
import { IdempotencyService } from './idempotency.service';

const SECRET_RESPONSE = 'sinergi:secret-response';

/** The route answers with a secret (client secret, one-time code): its answer is never kept for replays. */
export const SecretResponse = () => SetMetadata(SECRET_RESPONSE, true);

/** `Idempotency-Key` for the gateway's own POST routes (forwarded routes handle it in the proxy). */
@Injectable()
export class IdempotentPost implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = IdempotencyService.keyOf(request.method, request.headers['idempotency-key']);
    if (!key) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const status: number =
      Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const stored = this.idempotency.run(
      currentCaller().clientId,
      key,
      `POST ${request.url} ${JSON.stringify(request.body)}`,
      async () => ({
        status,
        contentType: 'application/json',
        body: JSON.stringify(await lastValueFrom(next.handle())),
      }),
      { keepResponse: Reflect.getMetadata(SECRET_RESPONSE, context.getHandler()) !== true },
    );
    return from(stored).pipe(
      map((response) => {
        if (response.replayed) void reply.header('idempotent-replayed', 'true');
        void reply.status(response.status);
        return JSON.parse(response.body);
      }),
    );
  }
}
