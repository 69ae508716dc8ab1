import { ApiOkResponse } from '@nestjs/swagger';
import { InvalidInputException, PageOf } from '@sinergi/platform';
import { CaseResponse, PathwayResponse } from './dto/case.response';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Pathways, type Pathway } from '@sinergi/contracts';
import { CaseIdPipe } from './case-id.pipe';
import { CasesService } from './cases.service';
import { CloseCaseDto } from './dto/close-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { UpdatePathwayDto } from './dto/update-pathway.dto';

@Controller('reintegration/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @ApiOkResponse({ type: PageOf(CaseResponse) })
  @Get()
  list(@Query() query: ListCasesQuery) {
    return this.cases.list(query);
  }

  @ApiOkResponse({ type: CaseResponse })
  @Get(':id')
  get(@Param('id', CaseIdPipe) id: string) {
    return this.cases.get(id);
  }

  @ApiOkResponse({ type: PathwayResponse })
  @Patch(':id/pathways/:pathway')
  updatePathway(
    @Param('id', CaseIdPipe) id: string,
    @Param('pathway') pathway: string,
    @Body() change: UpdatePathwayDto,
  ) {
    if (!(Pathways as readonly string[]).includes(pathway))
      throw new InvalidInputException([
        { field: 'pathway', message: `pathway must be one of ${Pathways.join(', ')}` },
      ]);
    return this.cases.updatePathway(id, pathway as Pathway, change);
  }

  @ApiOkResponse({ type: CaseResponse })
  @Post(':id/close')
  @HttpCode(200)
  close(@Param('id', CaseIdPipe) id: string, @Body() closing: CloseCaseDto) {
    return this.cases.close(id, closing);
  }
}
