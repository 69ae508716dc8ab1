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

  @Post()
  create(@Body() dto: CreateAgreementDto) {
    return this.agreements.create(dto);
  }

  @Get()
  list(@Query() query: AgreementListQuery) {
    return this.agreements.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.agreements.get(id);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateAgreementDto) {
    return this.agreements.update(id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param('id') id: string) {
    return this.agreements.submit(id);
  }

  @Post(':id/signatures')
  sign(@Param('id') id: string, @Body() dto: SignAgreementDto) {
    return this.agreements.sign(id, dto);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  terminate(@Param('id') id: string, @Body() dto: TerminateAgreementDto) {
    return this.agreements.terminate(id, dto);
  }

  @Post(':id/amendments')
  amend(@Param('id') id: string, @Body() dto: AmendAgreementDto) {
    return this.agreements.amend(id, dto);
  }

  @Get(':id/history')
  history(@Param('id') id: string) {
    return this.agreements.historyOf(id);
  }
}
