import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { COMMAND_KEY_HEADER, currentCaller, DomainError, SECRET_ANSWER } from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, map, type Observable } from 'rxjs';
import { Transactions } from '../transactions/transactions';

interface Outcome {
  replayed: boolean;
  status: number;
  body: unknown;
}

/**
 * A command carrying a command key runs in one transaction with the row that records the key and
 * its answer: either both commit or neither does. A repeat (a client retrying after a gateway
 * timeout) waits for the first run to finish and gets its answer; nothing runs twice. A command
 * refused with a 4xx rolls back, key included, so a repeat is judged afresh.
 */
@Injectable()
export class CommandKeys implements NestInterceptor {
  constructor(private readonly transactions: Transactions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers[COMMAND_KEY_HEADER];
    if (request.method === 'GET' || typeof key !== 'string' || key.length === 0) return next.handle();
    const clientId = currentCaller().clientId;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url} ${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    // An answer carrying a secret shown once is never stored: its key is, so a repeat cannot run again.
    const keepAnswer = Reflect.getMetadata(SECRET_ANSWER, context.getHandler()) !== true;
    const status: number =
      Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);

    const outcome = this.transactions.run(async (manager): Promise<Outcome> => {
      // Waits on the unique key while another run of the same command is still open.
      const claimed: unknown[] = await manager.query(
        `INSERT INTO command_keys (client_id, key, request_hash, status_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING key`,
        [clientId, key, requestHash, status],
      );
      if (claimed.length === 0) {
        const [first] = await manager.query(
          `SELECT request_hash, status_code, body FROM command_keys WHERE client_id = $1 AND key = $2`,
          [clientId, key],
        );
        if (first.request_hash !== requestHash)
          throw new DomainError(
            'idempotency.key-reused',
            'this Idempotency-Key was already used with a different request',
          );
        if (!keepAnswer)
          throw new DomainError(
            'idempotency.response-not-kept',
            'this command succeeded already; its answer carried a secret shown once and was not kept',
          );
        return {
          replayed: true,
          status: first.status_code,
          body: first.body === null ? undefined : JSON.parse(first.body),
        };
      }
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await manager.query(`UPDATE command_keys SET body = $3 WHERE client_id = $1 AND key = $2`, [
        clientId,
        key,
        body === undefined || !keepAnswer ? null : JSON.stringify(body),
      ]);
      return { replayed: false, status, body };
    });

    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(outcome).pipe(
      map(({ replayed, status: answered, body }) => {
        if (replayed) void reply.status(answered).header('idempotent-replayed', 'true');
        return body;
      }),
    );
  }
}
