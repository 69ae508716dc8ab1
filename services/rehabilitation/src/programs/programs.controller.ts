import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import { CreateProgramDto } from './dto/create-program.dto';
import { ProgramQuery } from './dto/program-query.dto';
import { ProgramsService } from './programs.service';

@Controller('programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Post()
  create(@Body() body: CreateProgramDto) {
    return this.programs.create(currentCaller(), body);
  }

  @Get()
  list(@Query() query: ProgramQuery) {
    return this.programs.list(currentCaller(), query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.get(currentCaller(), id);
  }

  @Post(':id/request-funding')
  @HttpCode(200)
  requestFunding(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.requestFunding(currentCaller(), id);
  }

  @Post(':id/start')
  @HttpCode(200)
  start(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.start(currentCaller(), id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id', ParseUUIDPipe) id: string) {
    return this.programs.complete(currentCaller(), id);
  }
}
