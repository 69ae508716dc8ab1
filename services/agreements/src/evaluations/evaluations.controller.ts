import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ListQuery } from '@sinergi/platform';
import { RecordEvaluationDto } from './dto/record-evaluation.dto';
import { EvaluationsService } from './evaluations.service';

@Controller('agreements/:id/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Post()
  record(@Param('id') id: string, @Body() dto: RecordEvaluationDto) {
    return this.evaluations.record(id, dto);
  }

  @Get()
  list(@Param('id') id: string, @Query() query: ListQuery) {
    return this.evaluations.list(id, query);
  }
}
