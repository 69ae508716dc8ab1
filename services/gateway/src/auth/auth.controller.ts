import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreatedClientResponse, TokenResponse } from './responses';
import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { currentCaller, Roles } from '@sinergi/platform';
import { IdempotentPost, SecretResponse } from '../idempotency/idempotent-post.interceptor';
import { ClientsService } from './clients.service';
import { CreateClientRequest, TokenRequest } from './dto';
import { AllowRoles, Anonymous } from './roles.decorator';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(private readonly clients: ClientsService) {}

  @ApiOperation({ summary: 'Exchange client credentials for an access token' })
  @ApiOkResponse({ type: TokenResponse })
  @Anonymous()
  @Post('auth/token')
  @HttpCode(200)
  token(@Body() body: TokenRequest) {
    return this.clients.issueToken(body.clientId, body.clientSecret);
  }

  @ApiOperation({ summary: 'Create an API client (the secret is shown once)' })
  @ApiCreatedResponse({ type: CreatedClientResponse })
  @AllowRoles(Roles.platformAdmin)
  @UseInterceptors(IdempotentPost)
  @SecretResponse()
  @Post('clients')
  create(@Body() body: CreateClientRequest) {
    return this.clients.create(body, currentCaller().clientId);
  }
}
