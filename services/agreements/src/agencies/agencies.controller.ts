import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { currentCaller, hasRole, PageOf, Roles } from '@sinergi/platform';
import { AgencyResponse } from './agency.response';
import { Body, Controller, ForbiddenException, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { AgenciesService } from './agencies.service';
import { AgencyListQuery, RegisterAgencyDto, UpdateAgencyDto } from './register-agency.dto';

@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @ApiCreatedResponse({ type: AgencyResponse })
  @Post()
  register(@Body() dto: RegisterAgencyDto) {
    if (!hasRole(currentCaller(), Roles.platformAdmin)) {
      throw new ForbiddenException('only platform-admin may register agencies');
    }
    return this.agencies.register(dto);
  }

  @ApiOkResponse({ type: AgencyResponse })
  @Patch(':code')
  update(@Param('code') code: string, @Body() dto: UpdateAgencyDto) {
    if (!hasRole(currentCaller(), Roles.platformAdmin)) {
      throw new ForbiddenException('only platform-admin may change agencies');
    }
    return this.agencies.update(code, dto);
  }

  @ApiOkResponse({ type: PageOf(AgencyResponse) })
  @Get()
  list(@Query() query: AgencyListQuery) {
    return this.agencies.list(query);
  }

  @ApiOkResponse({ type: AgencyResponse })
  @Get(':code')
  get(@Param('code') code: string) {
    return this.agencies.get(code);
  }
}
