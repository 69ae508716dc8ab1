import { Module } from '@nestjs/common';
import { ProgramSummaries } from './program-summaries.service';
import { SummariesController } from './summaries.controller';

@Module({ controllers: [SummariesController], providers: [ProgramSummaries] })
export class SummariesModule {}
