import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { ListQuery, PageOf } from '@sinergi/platform';
import { EvaluationResponse } from './dto/evaluation.response';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { RecordEvaluationDto } from './dto/record-evaluation.dto';
import { EvaluationsService } from './evaluations.service';

@Controller('agreements/:id/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @ApiCreatedResponse({ type: EvaluationResponse })
  @Post()
  record(@Param('id') id: string, @Body() dto: RecordEvaluationDto) {
    return this.evaluations.record(id, dto);
  }

  @ApiOkResponse({ type: PageOf(EvaluationResponse) })
  @Get()
  list(@Param('id') id: string, @Query() query: ListQuery) {
    return this.evaluations.list(id, query);
  }
}
