import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** On HTTPS the `__Host-` prefix pins the cookie to this host, path `/` and Secure. */
const SECURE_NAME = '__Host-sinergi_session';
/** On plain http://localhost a browser drops Secure cookies, so there it is named and sent without. */
const LOCAL_NAME = 'sinergi_session';
export const CSRF_HEADER = 'x-csrf-token';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Secure everywhere except plain HTTP on the local machine (development). */
export function isSecureContext(request: FastifyRequest): boolean {
  return request.protocol === 'https' || !LOCAL_HOSTS.has(request.hostname);
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const cookies = parseCookie(header);
  return cookies[SECURE_NAME] ?? cookies[LOCAL_NAME] ?? undefined;
}

function setCookie(request: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) {
  const secure = isSecureContext(request);
  void reply.header(
    'set-cookie',
    stringifySetCookie({
      name: secure ? SECURE_NAME : LOCAL_NAME,
      value,
      httpOnly: true,
      secure,
      sameSite: 'strict',
      path: '/',
      maxAge,
    }),
  );
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
) {
  setCookie(request, reply, token, maxAgeSeconds);
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  setCookie(request, reply, '', 0);
}
