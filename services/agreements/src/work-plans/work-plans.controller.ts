import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { WorkPlanResponse, WorkPlanWithIndicatorsResponse } from './dto/work-plan.response';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CreateWorkPlanDto } from './dto/create-work-plan.dto';
import { FiscalYearPipe } from './fiscal-year.pipe';
import { WorkPlansService } from './work-plans.service';

@Controller('agreements/:id/work-plans')
export class WorkPlansController {
  constructor(private readonly workPlans: WorkPlansService) {}

  @ApiCreatedResponse({ type: WorkPlanResponse })
  @Post()
  create(@Param('id') id: string, @Body() dto: CreateWorkPlanDto) {
    return this.workPlans.create(id, dto);
  }

  @ApiOkResponse({ type: WorkPlanResponse })
  @Post(':fiscalYear/approve')
  @HttpCode(200)
  approve(@Param('id') id: string, @Param('fiscalYear', FiscalYearPipe) fiscalYear: number) {
    return this.workPlans.approve(id, fiscalYear);
  }

  @ApiOkResponse({ type: WorkPlanWithIndicatorsResponse })
  @Get(':fiscalYear')
  get(@Param('id') id: string, @Param('fiscalYear', FiscalYearPipe) fiscalYear: number) {
    return this.workPlans.get(id, fiscalYear);
  }
}
