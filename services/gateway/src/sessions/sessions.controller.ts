import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { LiveSessionsResponse, SignedInResponse } from './responses';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Anonymous } from '../auth/roles.decorator';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { withRetryAfter } from '../rate-limit/rate-limiter';
import { sessionOf } from './current-session';
import { SignInRequest } from './dto';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Sign-in and browser sessions of people (API clients use POST /auth/token instead). */
@ApiTags('people')
@Controller('api/v1/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  @ApiOperation({ summary: 'Sign in: sets the session cookie and returns the CSRF token' })
  @ApiCreatedResponse({ type: SignedInResponse })
  @Anonymous()
  @Post()
  @HttpCode(201)
  async signIn(
    @Body() body: SignInRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { token, ...signedIn } = await withRetryAfter(reply, () =>
      this.sessions.signIn(body, { address: request.ip, userAgent: request.headers['user-agent'] }),
    );
    setSessionCookie(request, reply, token, this.env.SESSION_MAX_HOURS * 3600);
    return signedIn;
  }

  @ApiOperation({ summary: 'The signed-in person’s live sessions' })
  @ApiOkResponse({ type: LiveSessionsResponse })
  @Get()
  list(@Req() request: FastifyRequest) {
    return this.sessions.listOf(SessionsService.requirePerson(currentCaller()), sessionOf(request)?.id);
  }

  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookie' })
  @ApiNoContentResponse({ description: 'Signed out' })
  /** Signs out: ends the session of this request and clears its cookie. */
  @Delete('current')
  @HttpCode(204)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const caller = currentCaller();
    SessionsService.requirePerson(caller);
    const session = sessionOf(request);
    if (session) await this.sessions.revoke(caller, session.id);
    clearSessionCookie(request, reply);
  }

  @ApiOperation({ summary: 'End a session: one’s own, or of a person one administers' })
  @ApiNoContentResponse({ description: 'Ended' })
  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.sessions.revoke(currentCaller(), id);
  }
}
