import { ApiCreatedResponse } from '@nestjs/swagger';
import { DisbursementResponse } from './dto/disbursement.response';
import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { Disbursements } from './disbursements.service';
import { RecordDisbursementDto } from './dto/record-disbursement.dto';

@Controller('allocations/:id/disbursements')
export class DisbursementsController {
  constructor(private readonly disbursements: Disbursements) {}

  @ApiCreatedResponse({ type: DisbursementResponse })
  @Post()
  record(@Param('id', ParseUUIDPipe) id: string, @Body() body: RecordDisbursementDto) {
    return this.disbursements.record(id, body);
  }
}
