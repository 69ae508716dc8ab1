import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { currentCaller, PageOf } from '@sinergi/platform';
import { ProgramResponse } from './dto/program.response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CreateProgramDto } from './dto/create-program.dto';
import { ProgramQuery } from './dto/program-query.dto';
import { ProgramsService } from './programs.service';

@Controller('programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @ApiCreatedResponse({ type: ProgramResponse })
  @Post()
  create(@Body() body: CreateProgramDto) {
    return this.programs.create(currentCaller(), body);
  }

  @ApiOkResponse({ type: PageOf(ProgramResponse) })
  @Get()
  list(@Query() query: ProgramQuery) {
    return this.programs.list(currentCaller(), query);
  }

  @ApiOkResponse({ type: ProgramResponse })
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.get(currentCaller(), id);
  }

  @ApiOkResponse({ type: ProgramResponse })
  @Post(':id/request-funding')
  @HttpCode(200)
  requestFunding(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.requestFunding(currentCaller(), id);
  }

  @ApiOkResponse({ type: ProgramResponse })
  @Post(':id/start')
  @HttpCode(200)
  start(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.start(currentCaller(), id);
  }

  @ApiOkResponse({ type: ProgramResponse })
  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.complete(currentCaller(), id);
  }
}
