import { ApiCreatedResponse } from '@nestjs/swagger';
import { CaseResponse } from '../cases/dto/case.response';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CaseIdPipe } from '../cases/case-id.pipe';
import { RecordReoffenceDto } from './dto/record-reoffence.dto';
import { ReoffencesService } from './reoffences.service';

@Controller('reintegration/cases/:id/reoffences')
export class ReoffencesController {
  constructor(private readonly reoffences: ReoffencesService) {}

  @ApiCreatedResponse({ type: CaseResponse, description: 'The case, now CLOSED_REOFFENDED' })
  /** 201 with the case, now CLOSED_REOFFENDED and carrying the reoffence. */
  @Post()
  record(@Param('id', CaseIdPipe) id: string, @Body() reoffence: RecordReoffenceDto) {
    return this.reoffences.record(id, reoffence);
  }
}
