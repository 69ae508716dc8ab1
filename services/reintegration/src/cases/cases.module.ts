import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access';
import { CaseEventFields } from './case-events';
import { CaseOpening } from './case-opening.handlers';
import { CaseViews } from './case-views';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  controllers: [CasesController],
  providers: [CaseAccess, CaseEventFields, CaseOpening, CaseViews, CasesService],
  exports: [CaseAccess, CaseEventFields, CaseViews],
})
export class CasesModule {}
