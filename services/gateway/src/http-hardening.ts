import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayEnv } from './config/gateway-env';
import { CSRF_HEADER } from './sessions/session-cookie';

/** Security headers on every answer, and CORS for the configured origins only. */
export function hardenHttp(app: NestFastifyApplication, env: GatewayEnv) {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    void reply.header('cross-origin-resource-policy', 'same-origin');
    // A route that sets its own policy or caching (the web console) keeps it.
    const docs = request.url.startsWith('/docs');
    if (!reply.hasHeader('content-security-policy'))
      void reply.header(
        'content-security-policy',
        docs ? "default-src 'self'; img-src 'self' data:" : "default-src 'none'; frame-ancestors 'none'",
      );
    if (!docs && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
  const origins = env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length > 0) {
    app.enableCors({
      origin: origins,
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id', CSRF_HEADER],
      // The web console on a listed origin signs in with the session cookie.
      credentials: true,
      exposedHeaders: ['x-correlation-id', 'retry-after', 'idempotent-replayed'],
    });
  }
}
