import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { BudgetSummaries } from './budget-summaries.service';
import { SummariesController } from './summaries.controller';

@Module({ imports: [AccessModule], controllers: [SummariesController], providers: [BudgetSummaries] })
export class SummariesModule {}
