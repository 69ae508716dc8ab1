import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { problem, PROBLEM_CONTENT_TYPE } from '@sinergi/platform';

/** Unreserved and sub-delimiter characters but `;`, and `/`: nothing to decode or refuse but dot segments. */
const PLAIN_PATH = /^[A-Za-z0-9\-._~!$&'()*+,=:@/]*$/;
const DOT_SEGMENT = /\/\.\.?(\/|$)/;

/**
 * Why a request target is refused, or undefined when it is a plain path. No route needs a
 * fragment, `;`, a backslash, an encoded `/`, `\` or control character, a dot segment or broken
 * percent-encoding, and each of them can make the gateway and a service read one path as two
 * different routes, so every one of them is refused before routing, authentication or forwarding.
 */
export function pathRefusal(target: string): string | undefined {
  if (!target.startsWith('/')) return 'the request target must be a path starting with /';
  if (target.includes('#')) return 'the path must not carry a fragment (#)';
  const path = target.split('?', 1)[0];
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return undefined;
  if (path.includes(';')) return 'the path must not contain ;';
  if (path.includes('\\')) return 'the path must not contain a backslash';
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'the path has invalid percent-encoding';
    }
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[/\\\u0000-\u001f\u007f]/.test(decoded))
      return 'the path must not contain an encoded /, \\ or control character';
    if (decoded === '.' || decoded === '..') return 'the path must not contain a dot segment';
  }
  return undefined;
}

/** Answers 400 (`request.invalid-path`) to any request whose path `pathRefusal` refuses. */
export function refuseHostilePaths(app: NestFastifyApplication) {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const refusal = pathRefusal(request.raw.url ?? '');
      if (!refusal) return done();
      const body = problem('request.invalid-path', refusal);
      void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
    });
}
