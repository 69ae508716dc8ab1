import { Module } from '@nestjs/common';
import { CohortEntries } from './cohort-entries';
import { CohortRevisions } from './cohort-revisions';

@Module({ providers: [CohortEntries, CohortRevisions], exports: [CohortEntries, CohortRevisions] })
export class CohortsModule {}
