import { ApiOkResponse } from '@nestjs/swagger';
import { PageOf } from '@sinergi/platform';
import { AllocationResponse } from './dto/allocation.response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { Allocations } from './allocations.service';
import { AllocationListQuery } from './dto/allocation-list.query';
import { ApproveAllocationDto } from './dto/approve-allocation.dto';
import { RejectAllocationDto } from './dto/reject-allocation.dto';

@Controller('allocations')
export class AllocationsController {
  constructor(private readonly allocations: Allocations) {}

  @ApiOkResponse({ type: PageOf(AllocationResponse) })
  @Get()
  list(@Query() query: AllocationListQuery) {
    return this.allocations.list(query);
  }

  @ApiOkResponse({ type: AllocationResponse })
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.allocations.get(id);
  }

  @ApiOkResponse({ type: AllocationResponse })
  @Post(':id/approve')
  @HttpCode(200)
  approve(@Param('id', ParseUUIDPipe) id: string, @Body() body: ApproveAllocationDto) {
    return this.allocations.approve(id, body?.budgetId);
  }

  @ApiOkResponse({ type: AllocationResponse })
  @Post(':id/reject')
  @HttpCode(200)
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() body: RejectAllocationDto) {
    return this.allocations.reject(id, body.reason);
  }
}
