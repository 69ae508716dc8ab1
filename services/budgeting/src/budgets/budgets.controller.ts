import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { ListQuery, PageOf } from '@sinergi/platform';
import { BudgetResponse, LedgerEntryResponse } from './dto/budget.response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { Budgets } from './budgets.service';
import { BudgetListQuery } from './dto/budget-list.query';
import { CreateBudgetDto } from './dto/create-budget.dto';
import { ReviseBudgetDto } from './dto/revise-budget.dto';

@Controller('budgets')
export class BudgetsController {
  constructor(private readonly budgets: Budgets) {}

  @ApiCreatedResponse({ type: BudgetResponse })
  @Post()
  open(@Body() body: CreateBudgetDto) {
    return this.budgets.open(body);
  }

  @ApiOkResponse({ type: PageOf(BudgetResponse) })
  @Get()
  list(@Query() query: BudgetListQuery) {
    return this.budgets.list(query);
  }

  @ApiOkResponse({ type: BudgetResponse })
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.budgets.get(id);
  }

  @ApiOkResponse({ type: BudgetResponse })
  @Post(':id/revisions')
  @HttpCode(200)
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReviseBudgetDto) {
    return this.budgets.revise(id, body);
  }

  @ApiOkResponse({ type: PageOf(LedgerEntryResponse) })
  @Get(':id/ledger')
  ledger(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListQuery) {
    return this.budgets.entries(id, query);
  }
}
