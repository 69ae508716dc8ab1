import { ApiCreatedResponse } from '@nestjs/swagger';
import { PlacementResponse } from '../cases/dto/case.response';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CaseIdPipe } from '../cases/case-id.pipe';
import { RecordPlacementDto } from './dto/record-placement.dto';
import { PlacementsService } from './placements.service';

@Controller('reintegration/cases/:id/placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @ApiCreatedResponse({ type: PlacementResponse })
  @Post()
  record(@Param('id', CaseIdPipe) id: string, @Body() placement: RecordPlacementDto) {
    return this.placements.record(id, placement);
  }
}
