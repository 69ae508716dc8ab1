import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { TotpEnrolmentResponse } from '../users/responses';
import {
  ClientMeResponse,
  PasswordChangedResponse,
  PersonMeResponse,
  RecoveryCodesResponse,
} from './responses';
import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import type { FastifyRequest } from 'fastify';
import { sessionOf } from '../sessions/current-session';
import { SessionsService } from '../sessions/sessions.service';
import { ChangePasswordRequest, TotpCodeRequest } from './dto';
import { MeService } from './me.service';

/** The caller's own account: a person signed in with a session, or an API client. */
@ApiTags('people')
@Controller('api/v1/me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @ApiOperation({ summary: 'The caller: a person (with the session’s CSRF token) or an API client' })
  @ApiExtraModels(PersonMeResponse, ClientMeResponse)
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(PersonMeResponse) }, { $ref: getSchemaPath(ClientMeResponse) }],
      discriminator: { propertyName: 'kind' },
    },
  })
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

  @ApiOperation({ summary: 'Change one’s password; one’s other sessions end' })
  @ApiOkResponse({ type: PasswordChangedResponse })
  @Post('password')
  @HttpCode(200)
  changePassword(@Body() body: ChangePasswordRequest, @Req() request: FastifyRequest) {
    const userId = SessionsService.requirePerson(currentCaller());
    return this.me.changePassword(userId, sessionOf(request)?.id, body.currentPassword, body.newPassword);
  }

  @ApiOperation({ summary: 'Start TOTP enrolment: a secret and its otpauth:// URI' })
  @ApiOkResponse({ type: TotpEnrolmentResponse })
  @Post('totp')
  @HttpCode(200)
  startTotp() {
    return this.me.startTotpEnrolment(SessionsService.requirePerson(currentCaller()));
  }

  @ApiOperation({ summary: 'Confirm TOTP with a code: returns ten recovery codes once' })
  @ApiOkResponse({ type: RecoveryCodesResponse })
  @Post('totp/confirm')
  @HttpCode(200)
  confirmTotp(@Body() body: TotpCodeRequest) {
    return this.me.confirmTotpEnrolment(SessionsService.requirePerson(currentCaller()), body.totp);
  }
}
