import { ApiCreatedResponse } from '@nestjs/swagger';
import { GrantResponse } from '../cases/dto/case.response';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CaseIdPipe } from '../cases/case-id.pipe';
import { RequestGrantDto } from './dto/request-grant.dto';
import { GrantsService } from './grants.service';

@Controller('reintegration/cases/:id/grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @ApiCreatedResponse({ type: GrantResponse })
  @Post()
  request(@Param('id', CaseIdPipe) id: string, @Body() grant: RequestGrantDto) {
    return this.grants.request(id, grant);
  }
}
