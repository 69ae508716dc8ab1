import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { installConditionalGet } from '@sinergi/platform';
import type { GatewayEnv } from './config/gateway-env';
import { FORM_CONTENT_TYPE } from './auth/token-request';
import { CSRF_HEADER } from './sessions/session-cookie';

/** The OAuth 2.0 token request is the one form the gateway reads; every other route takes JSON only. */
const FORM_ROUTE = '/api/v1/auth/token';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cross-origin-resource-policy': 'same-origin',
};
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** The security headers of every API answer (a route of the web console or the docs sets its own policy). */
export const API_SECURITY_HEADERS = { ...SECURITY_HEADERS, 'content-security-policy': API_POLICY };
const DOCS_POLICY = "default-src 'self'; img-src 'self' data:";

/** Security headers on every answer, CORS for the configured origins only, and the token form. */
export function hardenHttp(app: NestFastifyApplication, env: GatewayEnv) {
  const fastify = app.getHttpAdapter().getInstance();
  // Nest parses forms on every route; only the token endpoint accepts one.
  fastify.addHook('onRequest', (request, _reply, done) => {
    const form = (request.headers['content-type'] ?? '').toLowerCase().startsWith(FORM_CONTENT_TYPE);
    if (form && request.url.split('?')[0] !== FORM_ROUTE)
      return done(
        Object.assign(new Error(`Unsupported Media Type: ${FORM_CONTENT_TYPE}`), {
          statusCode: 415,
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        }),
      );
    done();
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.headers(SECURITY_HEADERS);
    // A route that sets its own policy or caching (the web console) keeps it.
    const docs = request.url.startsWith('/docs');
    if (!reply.hasHeader('content-security-policy'))
      void reply.header('content-security-policy', docs ? DOCS_POLICY : API_POLICY);
    if (!docs && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  installConditionalGet(app);
  const origins = env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length > 0) {
    app.enableCors({
      origin: origins,
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'idempotency-key',
        'if-none-match',
        'x-correlation-id',
        CSRF_HEADER,
      ],
      // The web console on a listed origin signs in with the session cookie.
      credentials: true,
      exposedHeaders: ['x-correlation-id', 'retry-after', 'idempotent-replayed', 'etag'],
    });
  }
}
