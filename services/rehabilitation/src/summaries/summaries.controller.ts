import { Controller, Get } from '@nestjs/common';
import { currentCaller } from '@sinergi/platform';
import { ProgramSummaries } from './program-summaries.service';

/** For the gateway's dashboard only (INTERNAL_ROUTES): never forwarded to the public API. */
@Controller('summaries')
export class SummariesController {
  constructor(private readonly programs: ProgramSummaries) {}

  @Get('agreements')
  async agreements() {
    return { items: await this.programs.byAgreement(currentCaller()) };
  }
}
