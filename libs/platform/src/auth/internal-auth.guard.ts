import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  OnModuleInit,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { requestContext } from '../logging/request-context';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform-options';
import { aggregateReads, aggregateRoute, rolesAllow, serviceRoute } from '../routing/route-table';
import { INTERNAL_TOKEN_HEADER, InternalTokenVerifier, InvalidInternalTokenError } from './internal-token';
import { PUBLIC_ROUTE } from './public-route.decorator';

/**
 * Refuses every call that does not carry a token the gateway signed for this service, this method
 * and this path (401), and every caller whose roles the shared route table does not allow on the
 * route called (403): a flaw at the gateway cannot grant a role.
 */
@Injectable()
export class InternalAuthGuard implements CanActivate, OnModuleInit {
  private verifier?: Promise<InternalTokenVerifier>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
  ) {}

  /** Unreadable keys stop the start instead of failing every call. */
  async onModuleInit() {
    await this.keys();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = request.headers[INTERNAL_TOKEN_HEADER];
    if (typeof token !== 'string' || token.length === 0) {
      throw new UnauthorizedException('internal credentials required: call this service through the gateway');
    }
    const service = this.options.serviceName;
    const call = { service, method: request.method, path: request.url.split('?')[0] };
    let verified;
    try {
      verified = await (await this.keys()).verify(token, call);
    } catch (error) {
      if (error instanceof InvalidInternalTokenError)
        throw new UnauthorizedException(`invalid internal credentials: ${error.message}`);
      throw error;
    }
    const { caller, via } = verified;
    const route = serviceRoute(service, call.method, call.path);
    if (!route) throw new ForbiddenException(`${call.method} ${call.path} is not a route of the route table`);
    if (!rolesAllow(route, caller.roles)) {
      const aggregate = via === undefined ? undefined : aggregateRoute(via);
      const readThrough =
        aggregate !== undefined && aggregateReads(aggregate, route) && rolesAllow(aggregate, caller.roles);
      if (!readThrough)
        throw new ForbiddenException(
          route.roles.length > 0
            ? `this route needs one of the roles: ${route.roles.join(', ')}`
            : 'this route is for platform administrators',
        );
    }
    const ctx = requestContext.current();
    if (ctx) ctx.caller = caller;
    return true;
  }

  private keys(): Promise<InternalTokenVerifier> {
    const keys = this.options.internalVerifyKeys;
    if (keys === undefined) throw new Error(`${this.options.serviceName} has no INTERNAL_VERIFY_KEYS`);
    return (this.verifier ??= InternalTokenVerifier.fromKeys(keys));
  }
}
