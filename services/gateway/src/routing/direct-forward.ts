import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ProblemDetailsFilter } from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenGuard } from '../auth/access-token.guard';
import { PROXY_ROUTE, ProxyController } from './proxy.controller';

/**
 * Reads forwarded to a service take a direct path: the same admission (authentication, rate
 * limit) and the same forward as through Nest, without Nest's router, guard and interceptor chain
 * (Observables and metadata look-ups per request, about a third of the gateway's CPU for a read). The
 * audit interceptor keeps nothing for a read, and no other guard, pipe or interceptor applies to
 * the proxy's route; errors are answered by the platform's problem+json filter as Nest would.
 * Writes, and every route of the gateway's own, still go through Nest. (Bearer reads do not reach
 * fastify at all: read-shortcut.ts answers them; this path serves the reads it leaves, such as a
 * browser session's or a cross-origin one.)
 */
export function installDirectForward(app: NestFastifyApplication) {
  const admission = app.get(AccessTokenGuard);
  const proxy = app.get(ProxyController);
  const problems = new ProblemDetailsFilter();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preHandler', async (fastifyRequest, fastifyReply) => {
      // Nest's adapter brings its own copy of fastify's types.
      const request = fastifyRequest as unknown as FastifyRequest;
      const reply = fastifyReply as unknown as FastifyReply;
      if (request.method !== 'GET' || request.routeOptions.url !== PROXY_ROUTE) return;
      try {
        await admission.admit(request, reply);
        await proxy.forward(request, reply);
      } catch (error) {
        if (!reply.sent) problems.catch(error, new ExecutionContextHost([request, reply]));
      }
      return fastifyReply;
    });
}
