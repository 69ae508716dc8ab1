import { ApiOkResponse } from '@nestjs/swagger';
import { ParticipantResponse } from '../participants/dto/participant.response';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import type { FastifyRequest } from 'fastify';
import { ReleaseDto } from './dto/release.dto';
import { ReleasesService } from './releases.service';

@Controller('participants')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @ApiOkResponse({ type: ParticipantResponse })
  @Post(':id/release')
  @HttpCode(200)
  release(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReleaseDto, @Req() request: FastifyRequest) {
    return this.releases.release(currentCaller(), id, body, `${request.method} ${request.routeOptions.url}`);
  }
}
