import { hash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** A strong entity tag of a representation: the same bytes give the same tag. */
export function entityTag(body: string | Buffer): string {
  return `"${hash('sha256', body, 'base64url').slice(0, 32)}"`;
}

/** True when an `If-None-Match` header names `tag` (or `*`). Weak tags compare by their value. */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === tag);
}

/**
 * The validators of a 200 JSON answer to a GET (its tag, private caching, what it varies by), and
 * whether the request's `If-None-Match` already names it (then the answer is 304 without a body).
 */
export function conditionalAnswer(
  ifNoneMatch: string | undefined,
  body: string | Buffer,
): { validators: Record<string, string>; notModified: boolean } {
  const tag = entityTag(body);
  return {
    validators: { etag: tag, 'cache-control': 'private, no-cache', vary: 'authorization, cookie' },
    notModified: matchesIfNoneMatch(ifNoneMatch, tag),
  };
}

/**
 * Conditional GET for every JSON answer: a 200 carries `ETag` (a hash of the body, so it changes
 * with the resource and with what the caller may see of it) and a repeat with `If-None-Match`
 * naming it is answered 304 without a body. Answers vary by credentials, so caches keep them private.
 */
export function installConditionalGet(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' || reply.statusCode !== 200) return payload;
      if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      const { validators, notModified } = conditionalAnswer(request.headers['if-none-match'], payload);
      void reply.headers(validators);
      if (!notModified) return payload;
      void reply.code(304).removeHeader('content-type').removeHeader('content-length');
      return '';
    });
}
