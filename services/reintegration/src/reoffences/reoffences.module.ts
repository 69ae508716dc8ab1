import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ReoffencesController } from './reoffences.controller';
import { ReoffencesService } from './reoffences.service';

@Module({
  imports: [CasesModule, CohortsModule],
  controllers: [ReoffencesController],
  providers: [ReoffencesService],
})
export class ReoffencesModule {}
