import { Body, Controller, ForbiddenException, Get, Param, Post, Query } from '@nestjs/common';
import { currentCaller, hasRole, Roles } from '@sinergi/platform';
import { AgenciesService } from './agencies.service';
import { AgencyListQuery, RegisterAgencyDto } from './register-agency.dto';

@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Post()
  register(@Body() dto: RegisterAgencyDto) {
    if (!hasRole(currentCaller(), Roles.platformAdmin)) {
      throw new ForbiddenException('only platform-admin may register agencies');
    }
    return this.agencies.register(dto);
  }

  @Get()
  list(@Query() query: AgencyListQuery) {
    return this.agencies.list(query);
  }

  @Get(':code')
  get(@Param('code') code: string) {
    return this.agencies.get(code);
  }
}
