import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { WorkPlansModule } from '../work-plans/work-plans.module';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';

@Module({
  imports: [AgreementsModule, IndicatorsModule, WorkPlansModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsService],
})
export class EvaluationsModule {}
