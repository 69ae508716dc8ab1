import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { currentCaller, Roles } from '@sinergi/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdempotentPost, SecretResponse } from '../idempotency/idempotent-post.interceptor';
import { withRetryAfter } from '../rate-limit/rate-limiter';
import { ClientsService } from './clients.service';
import { CreateClientRequest, TokenRequest } from './dto';
import {
  ClientList,
  ClientResponse,
  CreatedClientResponse,
  RotatedSecretResponse,
  TokenResponse,
} from './responses';
import { AllowRoles, Anonymous } from './roles.decorator';
import { FORM_CONTENT_TYPE, readTokenRequest } from './token-request';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(private readonly clients: ClientsService) {}

  @ApiOperation({
    summary:
      'Exchange client credentials for an access token (JSON, or the OAuth 2.0 client_credentials form with the credentials in the body or HTTP Basic)',
  })
  @ApiConsumes('application/json', FORM_CONTENT_TYPE)
  @ApiBody({ type: TokenRequest })
  @ApiOkResponse({ type: TokenResponse })
  @Anonymous()
  @Post('auth/token')
  @HttpCode(200)
  async token(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const credentials = readTokenRequest(
      request.headers['content-type'],
      request.headers.authorization,
      body,
    );
    const token = await withRetryAfter(reply, () =>
      this.clients.issueToken(credentials.clientId, credentials.clientSecret, request.ip),
    );
    void reply.header('pragma', 'no-cache');
    if (!credentials.oauth) return token;
    return { access_token: token.accessToken, token_type: token.tokenType, expires_in: token.expiresIn };
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

  @ApiOperation({ summary: 'List API clients' })
  @ApiOkResponse({ type: ClientList })
  @AllowRoles(Roles.platformAdmin)
  @Get('clients')
  async list() {
    return { items: await this.clients.list() };
  }

  @ApiOperation({ summary: 'Disable an API client: no new tokens, existing ones refused within 5 s' })
  @ApiOkResponse({ type: ClientResponse })
  @AllowRoles(Roles.platformAdmin)
  @Post('clients/:id/disable')
  @HttpCode(200)
  disable(@Param('id') id: string) {
    return this.clients.disable(id, currentCaller().clientId);
  }

  @ApiOperation({ summary: 'Rotate a client’s secret (shown once); tokens issued before are refused' })
  @ApiOkResponse({ type: RotatedSecretResponse })
  @AllowRoles(Roles.platformAdmin)
  @UseInterceptors(IdempotentPost)
  @SecretResponse()
  @Post('clients/:id/rotate-secret')
  @HttpCode(200)
  rotate(@Param('id') id: string) {
    return this.clients.rotateSecret(id, currentCaller().clientId);
  }
}
