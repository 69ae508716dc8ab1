import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import type { FastifyRequest } from 'fastify';
import { sessionOf } from '../sessions/current-session';
import { SessionsService } from '../sessions/sessions.service';
import { ChangePasswordRequest, TotpCodeRequest } from './dto';
import { MeService } from './me.service';

/** The caller's own account: a person signed in with a session, or an API client. */
@Controller('api/v1/me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  async whoAmI(@Req() request: FastifyRequest) {
    const caller = currentCaller();
    if (!caller.userId)
      return {
        kind: 'client',
        clientId: caller.clientId,
        agencyCode: caller.agencyCode,
        roles: caller.roles,
      };
    const session = sessionOf(request);
    return {
      kind: 'person',
      ...(await this.me.profile(caller.userId)),
      ...(session ? { sessionId: session.id, csrfToken: session.csrfToken } : {}),
    };
  }

  @Post('password')
  @HttpCode(200)
  changePassword(@Body() body: ChangePasswordRequest, @Req() request: FastifyRequest) {
    const userId = SessionsService.requirePerson(currentCaller());
    return this.me.changePassword(userId, sessionOf(request)?.id, body.currentPassword, body.newPassword);
  }

  @Post('totp')
  @HttpCode(200)
  startTotp() {
    return this.me.startTotpEnrolment(SessionsService.requirePerson(currentCaller()));
  }

  @Post('totp/confirm')
  @HttpCode(200)
  confirmTotp(@Body() body: TotpCodeRequest) {
    return this.me.confirmTotpEnrolment(SessionsService.requirePerson(currentCaller()), body.totp);
  }
}
