import { ApiOkResponse } from '@nestjs/swagger';
import { ProgramResponse } from '../programs/dto/program.response';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import { ReasonDto } from '../programs/dto/reason.dto';
import { ProgramCancellationService } from './program-cancellation.service';

@Controller('programs')
export class ProgramCancellationController {
  constructor(private readonly cancellation: ProgramCancellationService) {}

  @ApiOkResponse({ type: ProgramResponse })
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto) {
    return this.cancellation.cancel(currentCaller(), id, body.reason);
  }
}
