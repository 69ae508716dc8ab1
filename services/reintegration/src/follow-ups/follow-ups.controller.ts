import { ApiCreatedResponse } from '@nestjs/swagger';
import { FollowUpResponse } from '../cases/dto/case.response';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CaseIdPipe } from '../cases/case-id.pipe';
import { RecordFollowUpDto } from './dto/record-follow-up.dto';
import { FollowUpsService } from './follow-ups.service';

@Controller('reintegration/cases/:id/follow-ups')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @ApiCreatedResponse({ type: FollowUpResponse })
  @Post()
  record(@Param('id', CaseIdPipe) id: string, @Body() followUp: RecordFollowUpDto) {
    return this.followUps.record(id, followUp);
  }
}
