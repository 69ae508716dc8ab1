import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { currentCaller, ListQuery, PageOf, SecretAnswer } from '@sinergi/platform';
import { AccessLogEntryResponse, ParticipantResponse } from './dto/participant.response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { NikDisclosureDto, NikDisclosureResponse } from './dto/nik-disclosure.dto';
import { ParticipantQuery, ParticipantReadQuery } from './dto/participant-query.dto';
import { RegisterParticipantDto } from './dto/register-participant.dto';
import { ParticipantsService } from './participants.service';

/** The route recorded with an unmasked read. */
const routeOf = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url ?? request.url}`;

@Controller('participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @ApiCreatedResponse({ type: ParticipantResponse })
  @Post()
  register(@Body() body: RegisterParticipantDto, @Req() request: FastifyRequest) {
    return this.participants.register(currentCaller(), body, routeOf(request));
  }

  @ApiOkResponse({ type: PageOf(ParticipantResponse) })
  @Get()
  list(@Query() query: ParticipantQuery, @Req() request: FastifyRequest) {
    return this.participants.list(currentCaller(), query, routeOf(request));
  }

  @ApiOkResponse({ type: ParticipantResponse })
  @Get(':id')
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ParticipantReadQuery,
    @Req() request: FastifyRequest,
  ) {
    return this.participants.get(currentCaller(), id, { route: routeOf(request), nik: query.nik });
  }

  /** The full NIK, with a reason kept in the access log; never kept for an Idempotency-Key replay. */
  @ApiOkResponse({
    type: NikDisclosureResponse,
    description: 'The full NIK; the disclosure is recorded with its reason in the access log',
  })
  @Post(':id/nik-disclosures')
  @HttpCode(200)
  @SecretAnswer()
  discloseNik(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: NikDisclosureDto,
    @Req() request: FastifyRequest,
  ) {
    return this.participants.discloseNik(currentCaller(), id, body.reason, routeOf(request));
  }

  @ApiOkResponse({ type: PageOf(AccessLogEntryResponse) })
  @Get(':id/access-log')
  accessLog(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListQuery) {
    return this.participants.accessLog(currentCaller(), id, query);
  }
}
