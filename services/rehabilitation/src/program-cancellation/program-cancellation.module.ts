import { Module } from '@nestjs/common';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { ProgramsModule } from '../programs/programs.module';
import { ProgramCancellationController } from './program-cancellation.controller';
import { ProgramCancellationService } from './program-cancellation.service';

@Module({
  imports: [ProgramsModule, EnrollmentsModule],
  controllers: [ProgramCancellationController],
  providers: [ProgramCancellationService],
})
export class ProgramCancellationModule {}
