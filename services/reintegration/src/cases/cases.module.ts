import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CaseAccess } from './case-access';
import { CaseEventFields } from './case-events';
import { CaseOpening } from './case-opening.handlers';
import { CaseViews } from './case-views';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [CohortsModule],
  controllers: [CasesController],
  providers: [CaseAccess, CaseEventFields, CaseOpening, CaseViews, CasesService],
  exports: [CaseAccess, CaseEventFields, CaseViews],
})
export class CasesModule {}
