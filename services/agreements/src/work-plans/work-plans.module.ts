import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { WorkPlansController } from './work-plans.controller';
import { WorkPlansService } from './work-plans.service';

@Module({
  imports: [AgreementsModule, IndicatorsModule],
  controllers: [WorkPlansController],
  providers: [WorkPlansService],
  exports: [WorkPlansService],
})
export class WorkPlansModule {}
