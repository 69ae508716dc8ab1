import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { currentCaller, Roles } from '@sinergi/platform';
import { AllowRoles, Anonymous } from '../auth/roles.decorator';
import { IdempotentPost } from '../idempotency/idempotent-post.interceptor';
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
@Controller('api/v1')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  @AllowRoles(Roles.agencyAdmin)
  @UseInterceptors(IdempotentPost)
  @Post('users')
  create(@Body() body: CreateUserRequest) {
    return this.users.create(currentCaller(), body);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Get('users')
  list(@Query() query: UserListQuery) {
    return this.users.list(currentCaller(), query);
  }

  /** Sets the password with a one-time invitation or reset code; no session needed. */
  @Anonymous()
  @Post('users/password')
  @HttpCode(200)
  redeem(@Body() body: RedeemCodeRequest) {
    return this.users.redeemCode(body.code, body.password);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Get('users/:id')
  get(@Param('id', uuid) id: string) {
    return this.users.get(currentCaller(), id);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Patch('users/:id')
  update(@Param('id', uuid) id: string, @Body() body: UpdateUserRequest) {
    return this.users.update(currentCaller(), id, body);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Post('users/:id/disable')
  @HttpCode(200)
  disable(@Param('id', uuid) id: string) {
    return this.users.setDisabled(currentCaller(), id, true);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Post('users/:id/enable')
  @HttpCode(200)
  enable(@Param('id', uuid) id: string) {
    return this.users.setDisabled(currentCaller(), id, false);
  }

  @AllowRoles(Roles.agencyAdmin)
  @UseInterceptors(IdempotentPost)
  @Post('users/:id/reset')
  @HttpCode(200)
  reset(@Param('id', uuid) id: string, @Body() body: ResetUserRequest) {
    return this.users.reset(currentCaller(), id, body.resetTotp ?? false);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Get('users/:id/sessions')
  async sessionsOf(@Param('id', uuid) id: string) {
    const user = await this.users.managedUser(currentCaller(), id);
    return this.sessions.listOf(user.id);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Get('agencies/:code/sign-in-policy')
  policy(@Param('code') code: string) {
    return this.users.signInPolicy(currentCaller(), code);
  }

  @AllowRoles(Roles.agencyAdmin)
  @Patch('agencies/:code/sign-in-policy')
  setPolicy(@Param('code') code: string, @Body() body: SignInPolicyRequest) {
    return this.users.setSignInPolicy(currentCaller(), code, body.totpRequired);
  }
}
