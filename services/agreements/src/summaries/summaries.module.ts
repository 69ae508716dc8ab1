import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { SummariesController } from './summaries.controller';
import { WorkPlanSummaries } from './work-plan-summaries.service';

@Module({ imports: [IndicatorsModule], controllers: [SummariesController], providers: [WorkPlanSummaries] })
export class SummariesModule {}
