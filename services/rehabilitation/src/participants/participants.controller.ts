import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { currentCaller, ListQuery, PageOf } from '@sinergi/platform';
import { AccessLogEntryResponse, ParticipantResponse } from './dto/participant.response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ParticipantQuery } from './dto/participant-query.dto';
import { RegisterParticipantDto } from './dto/register-participant.dto';
import { ParticipantsService } from './participants.service';

/** The reason recorded with an unmasked read: the route that served it. */
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
  get(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.participants.get(currentCaller(), id, routeOf(request));
  }

  @ApiOkResponse({ type: PageOf(AccessLogEntryResponse) })
  @Get(':id/access-log')
  accessLog(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListQuery) {
    return this.participants.accessLog(currentCaller(), id, query);
  }
}
