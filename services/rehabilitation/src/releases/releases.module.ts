import { Module } from '@nestjs/common';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { ParticipantsModule } from '../participants/participants.module';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { ReleasesController } from './releases.controller';
import { ReleasesService } from './releases.service';

@Module({
  imports: [ReferenceDataModule, EnrollmentsModule, ParticipantsModule],
  controllers: [ReleasesController],
  providers: [ReleasesService],
})
export class ReleasesModule {}
