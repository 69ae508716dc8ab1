import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InvalidTokenError,
  PUBLIC_ROUTE,
  requestContext,
  Roles,
  type CallerIdentity,
} from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { RateLimitedException, RateLimiter } from '../rate-limit/rate-limiter';
import { accessTokens } from './access-token';
import { ALLOWED_ROLES, ANONYMOUS } from './roles.decorator';

/** Authenticates every gateway route with a bearer token, rate-limits per client and checks roles. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimiter: RateLimiter,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    // Token issuance, documentation, and the platform's health and metrics routes.
    if (this.reflector.getAllAndOverride<boolean>(ANONYMOUS, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const caller = this.authenticate(request.headers.authorization);
    const ctx = requestContext.current();
    if (ctx) ctx.caller = caller;
    try {
      await this.rateLimiter.consume(caller.clientId);
    } catch (error) {
      if (error instanceof RateLimitedException) {
        void context
          .switchToHttp()
          .getResponse<FastifyReply>()
          .header('retry-after', String(error.retryAfterSeconds));
      }
      throw error;
    }
    const allowed = this.reflector.getAllAndOverride<string[] | undefined>(ALLOWED_ROLES, targets);
    if (
      allowed &&
      !caller.roles.includes(Roles.platformAdmin) &&
      !allowed.some((r) => caller.roles.includes(r))
    ) {
      throw new ForbiddenException(`this route needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }

  private authenticate(header: string | undefined): CallerIdentity {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw new UnauthorizedException('missing bearer token: POST /api/v1/auth/token first');
    try {
      return accessTokens.read(match[1], this.env.JWT_SECRET);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthorizedException(`invalid access token: ${error.message}`);
      throw error;
    }
  }
}
