import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { requestContext } from '../logging/request-context';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform-options';
import { InvalidTokenError } from './jwt';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from './internal-token';
import { PUBLIC_ROUTE } from './public-route.decorator';

/** Refuses every call that does not carry a valid internal token issued by the gateway. */
@Injectable()
export class InternalAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
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
    try {
      const caller = readInternalToken(token, this.options.internalAuthSecret);
      const ctx = requestContext.current();
      if (ctx) ctx.caller = caller;
      return true;
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthorizedException(`invalid internal credentials: ${error.message}`);
      throw error;
    }
  }
}
