import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { currentCaller, PageOf, Roles } from '@sinergi/platform';
import { LiveSessionsResponse } from '../sessions/responses';
import {
  InvitedUserResponse,
  PasswordSetResponse,
  ResetUserResponse,
  SignInPolicyResponse,
  UserResponse,
} from './responses';
import {
  Body,
  Controller,
  Get,
  Req,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, Anonymous } from '../auth/roles.decorator';
import { IdempotentPost, SecretResponse } from '../idempotency/idempotent-post.interceptor';
import { listAnswer } from '../routing/csv-export';
import { SessionsService } from '../sessions/sessions.service';
import {
  CreateUserRequest,
  RedeemCodeRequest,
  ResetUserRequest,
  SignInPolicyRequest,
  UpdateUserRequest,
  UserListQuery,
} from './dto';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe();

/** People's accounts, managed by agency-admins (their own agency) and platform-admins (everyone). */
@ApiTags('people')
@Controller('api/v1')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  @ApiOperation({ summary: 'Invite a person (a one-time code valid 24 h)' })
  @ApiCreatedResponse({ type: InvitedUserResponse })
  @AllowRoles(Roles.agencyAdmin)
  @UseInterceptors(IdempotentPost)
  @SecretResponse()
  @Post('users')
  create(@Body() body: CreateUserRequest) {
    return this.users.create(currentCaller(), body);
  }

  @ApiOperation({ summary: 'List people' })
  @ApiOkResponse({ type: PageOf(UserResponse) })
  @AllowRoles(Roles.agencyAdmin)
  @Get('users')
  list(@Query() query: UserListQuery, @Req() request: FastifyRequest) {
    const caller = currentCaller();
    return listAnswer(request.headers.accept, query, (q) => this.users.list(caller, q));
  }

  @ApiOperation({ summary: 'Set a password with an invitation or reset code' })
  @ApiOkResponse({ type: PasswordSetResponse })
  /** Sets the password with a one-time invitation or reset code; no session needed. */
  @Anonymous()
  @Post('users/password')
  @HttpCode(200)
  redeem(@Body() body: RedeemCodeRequest) {
    return this.users.redeemCode(body.code, body.password);
  }

  @ApiOperation({ summary: 'Get a person' })
  @ApiOkResponse({ type: UserResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Get('users/:id')
  get(@Param('id', uuid) id: string) {
    return this.users.get(currentCaller(), id);
  }

  @ApiOperation({ summary: 'Change a person’s name, NIP or roles' })
  @ApiOkResponse({ type: UserResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Patch('users/:id')
  update(@Param('id', uuid) id: string, @Body() body: UpdateUserRequest) {
    return this.users.update(currentCaller(), id, body);
  }

  @ApiOperation({ summary: 'Disable a person; their sessions end at once' })
  @ApiOkResponse({ type: UserResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Post('users/:id/disable')
  @HttpCode(200)
  disable(@Param('id', uuid) id: string) {
    return this.users.setDisabled(currentCaller(), id, true);
  }

  @ApiOperation({ summary: 'Enable a person again' })
  @ApiOkResponse({ type: UserResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Post('users/:id/enable')
  @HttpCode(200)
  enable(@Param('id', uuid) id: string) {
    return this.users.setDisabled(currentCaller(), id, false);
  }

  @ApiOperation({ summary: 'A new one-time code to set a password (optionally forget TOTP)' })
  @ApiOkResponse({ type: ResetUserResponse })
  @AllowRoles(Roles.agencyAdmin)
  @UseInterceptors(IdempotentPost)
  @SecretResponse()
  @Post('users/:id/reset')
  @HttpCode(200)
  reset(@Param('id', uuid) id: string, @Body() body: ResetUserRequest) {
    return this.users.reset(currentCaller(), id, body.resetTotp ?? false);
  }

  @ApiOperation({ summary: 'A person’s live sessions' })
  @ApiOkResponse({ type: LiveSessionsResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Get('users/:id/sessions')
  async sessionsOf(@Param('id', uuid) id: string) {
    const user = await this.users.managedUser(currentCaller(), id);
    return this.sessions.listOf(user.id);
  }

  @ApiOperation({ summary: 'Whether the agency requires TOTP of everyone' })
  @ApiOkResponse({ type: SignInPolicyResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Get('agencies/:code/sign-in-policy')
  policy(@Param('code') code: string) {
    return this.users.signInPolicy(currentCaller(), code);
  }

  @ApiOperation({ summary: 'Require TOTP of everyone in the agency, or not' })
  @ApiOkResponse({ type: SignInPolicyResponse })
  @AllowRoles(Roles.agencyAdmin)
  @Patch('agencies/:code/sign-in-policy')
  setPolicy(@Param('code') code: string, @Body() body: SignInPolicyRequest) {
    return this.users.setSignInPolicy(currentCaller(), code, body.totpRequired);
  }
}
