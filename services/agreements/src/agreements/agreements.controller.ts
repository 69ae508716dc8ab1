import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { PageOf } from '@sinergi/platform';
import { AgreementHistoryResponse, AgreementResponse } from './dto/agreement.response';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { AgreementsService } from './agreements.service';
import { AmendAgreementDto } from './dto/amend-agreement.dto';
import { CreateAgreementDto } from './dto/create-agreement.dto';
import { AgreementListQuery } from './dto/list-agreements.query';
import { SignAgreementDto } from './dto/sign-agreement.dto';
import { TerminateAgreementDto } from './dto/terminate-agreement.dto';
import { UpdateAgreementDto } from './dto/update-agreement.dto';

@Controller('agreements')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @ApiCreatedResponse({ type: AgreementResponse })
  @Post()
  create(@Body() dto: CreateAgreementDto) {
    return this.agreements.create(dto);
  }

  @ApiOkResponse({ type: PageOf(AgreementResponse) })
  @Get()
  list(@Query() query: AgreementListQuery) {
    return this.agreements.list(query);
  }

  @ApiOkResponse({ type: AgreementResponse })
  @Get(':id')
  get(@Param('id') id: string) {
    return this.agreements.get(id);
  }

  @ApiOkResponse({ type: AgreementResponse })
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateAgreementDto) {
    return this.agreements.update(id, dto);
  }

  @ApiOkResponse({ type: AgreementResponse })
  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param('id') id: string) {
    return this.agreements.submit(id);
  }

  @ApiCreatedResponse({ type: AgreementResponse })
  @Post(':id/signatures')
  sign(@Param('id') id: string, @Body() dto: SignAgreementDto) {
    return this.agreements.sign(id, dto);
  }

  @ApiOkResponse({ type: AgreementResponse })
  @Post(':id/terminate')
  @HttpCode(200)
  terminate(@Param('id') id: string, @Body() dto: TerminateAgreementDto) {
    return this.agreements.terminate(id, dto);
  }

  @ApiCreatedResponse({ type: AgreementResponse })
  @Post(':id/amendments')
  amend(@Param('id') id: string, @Body() dto: AmendAgreementDto) {
    return this.agreements.amend(id, dto);
  }

  @ApiOkResponse({ type: AgreementHistoryResponse })
  @Get(':id/history')
  history(@Param('id') id: string) {
    return this.agreements.historyOf(id);
  }
}
