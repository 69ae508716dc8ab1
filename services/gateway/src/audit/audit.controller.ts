import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageOf, Roles } from '@sinergi/platform';
import type { FastifyRequest } from 'fastify';
import { AllowRoles } from '../auth/roles.decorator';
import { listAnswer } from '../routing/csv-export';
import { AuditTrail } from './audit-trail';
import { AuditQuery } from './dto';
import { AuditEntryResponse } from './responses';

@ApiTags('audit')
@Controller('api/v1')
export class AuditController {
  constructor(private readonly trail: AuditTrail) {}

  @ApiOperation({ summary: 'Who did what: every write through the API, oldest first' })
  @ApiOkResponse({ type: PageOf(AuditEntryResponse) })
  @AllowRoles(Roles.auditor)
  @Get('audit')
  list(@Query() query: AuditQuery, @Req() request: FastifyRequest) {
    return listAnswer(request.headers.accept, query, (q) => this.trail.list(q));
  }
}
