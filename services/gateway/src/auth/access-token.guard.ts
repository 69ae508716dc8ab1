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
  DomainError,
  InvalidTokenError,
  PUBLIC_ROUTE,
  requestContext,
  Roles,
  type CallerIdentity,
} from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { RateLimiter, withRetryAfter } from '../rate-limit/rate-limiter';
import { attachSession } from '../sessions/current-session';
import { CSRF_HEADER, readSessionToken } from '../sessions/session-cookie';
import { SessionsService } from '../sessions/sessions.service';
import { accessTokens } from './access-token';
import { ClientRevocations } from './client-revocations';
import { ALLOWED_ROLES, ANONYMOUS } from './roles.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates every gateway route with a bearer token (systems) or a session cookie (people),
 * rate-limits per caller and checks roles. A session's unsafe requests need its CSRF token.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimiter: RateLimiter,
    private readonly sessions: SessionsService,
    private readonly revocations: ClientRevocations,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    // Token issuance, documentation, and the platform's health and metrics routes.
    if (this.reflector.getAllAndOverride<boolean>(ANONYMOUS, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const caller = await this.admit(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
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

  /**
   * Authenticates the request's caller, names it in the request's context and counts the request
   * against the caller's rate limit (429 with Retry-After once it is used up).
   */
  async admit(request: FastifyRequest, reply: FastifyReply): Promise<CallerIdentity> {
    const caller = await this.authenticate(request);
    await withRetryAfter(reply, () => this.counted(caller));
    return caller;
  }

  /**
   * `admit` by the Authorization header alone (which `admit` also prefers to a session cookie).
   * A refused rate limit throws RateLimitedException, whose Retry-After the caller answers with.
   */
  async admitBearer(authorization: string | undefined): Promise<CallerIdentity> {
    return this.counted(await this.bearerCaller(authorization));
  }

  /** Names the caller in the request's context and counts the request against its rate limit. */
  private async counted(caller: CallerIdentity): Promise<CallerIdentity> {
    const ctx = requestContext.current();
    if (ctx) ctx.caller = caller;
    await this.rateLimiter.consume(caller.clientId);
    return caller;
  }

  private async authenticate(request: FastifyRequest): Promise<CallerIdentity> {
    const header = request.headers.authorization;
    const sessionToken = readSessionToken(request);
    if (header === undefined && sessionToken !== undefined)
      return this.authenticateSession(request, sessionToken);
    return this.bearerCaller(header);
  }

  private async bearerCaller(header: string | undefined): Promise<CallerIdentity> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match)
      throw new UnauthorizedException(
        'sign in first: a bearer token from POST /api/v1/auth/token, or a session from POST /api/v1/sessions',
      );
    let token: Awaited<ReturnType<typeof accessTokens.verify>>;
    try {
      token = await accessTokens.verify(match[1], this.env.JWT_SECRET);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthorizedException(`invalid access token: ${error.message}`);
      throw error;
    }
    if (await this.revocations.isRevoked(token.caller.clientId, token.issuedAt))
      throw new UnauthorizedException(
        'access token revoked: the client was disabled or its secret rotated; get a new token',
      );
    return token.caller;
  }

  private async authenticateSession(request: FastifyRequest, token: string): Promise<CallerIdentity> {
    const found = await this.sessions.authenticate(token);
    if (!found) throw new UnauthorizedException('the session has ended: sign in again');
    if (!SAFE_METHODS.has(request.method)) {
      const given = request.headers[CSRF_HEADER];
      const expected = Buffer.from(found.session.csrfToken);
      if (
        typeof given !== 'string' ||
        Buffer.byteLength(given) !== expected.length ||
        !timingSafeEqual(Buffer.from(given), expected)
      )
        throw new DomainError(
          'auth.csrf-token-invalid',
          `missing or wrong CSRF token: send the session's ${CSRF_HEADER} header`,
        );
    }
    attachSession(request, found.session);
    return found.caller;
  }
}
