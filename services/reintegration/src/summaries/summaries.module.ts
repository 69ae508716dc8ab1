import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { MetricsModule } from '../metrics/metrics.module';
import { ReintegrationSummaries } from './reintegration-summaries.service';
import { SummariesController } from './summaries.controller';

@Module({
  imports: [CohortsModule, MetricsModule],
  controllers: [SummariesController],
  providers: [ReintegrationSummaries],
})
export class SummariesModule {}
