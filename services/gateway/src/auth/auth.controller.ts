import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { currentCaller, Roles } from '@sinergi/platform';
import { IdempotentPost } from '../idempotency/idempotent-post.interceptor';
import { ClientsService } from './clients.service';
import { CreateClientRequest, TokenRequest } from './dto';
import { AllowRoles, Anonymous } from './roles.decorator';

@Controller('api/v1')
export class AuthController {
  constructor(private readonly clients: ClientsService) {}

  @Anonymous()
  @Post('auth/token')
  @HttpCode(200)
  token(@Body() body: TokenRequest) {
    return this.clients.issueToken(body.clientId, body.clientSecret);
  }

  @AllowRoles(Roles.platformAdmin)
  @UseInterceptors(IdempotentPost)
  @Post('clients')
  create(@Body() body: CreateClientRequest) {
    return this.clients.create(body, currentCaller().clientId);
  }
}
