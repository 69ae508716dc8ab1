import { MessagingModule } from '@sinergi/messaging';
import type { ServiceDefinition } from '@sinergi/platform';
import { RehabilitationEnv } from './config/rehabilitation-env';
import { EnrollmentsModule } from './enrollments/enrollments.module';
import { migrations } from './migrations';
import { ParticipantsModule } from './participants/participants.module';
import { ProgramCancellationModule } from './program-cancellation/program-cancellation.module';
import { ProgramsModule } from './programs/programs.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { ReleasesModule } from './releases/releases.module';
import { SummariesModule } from './summaries/summaries.module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const rehabilitationService: ServiceDefinition<RehabilitationEnv> = {
  name: 'rehabilitation',
  version,
  defaultPort: 3002,
  envClass: RehabilitationEnv,
  imports: () => [
    MessagingModule.forService({ sourceDir: __dirname }),
    ReferenceDataModule,
    ProgramsModule,
    ParticipantsModule,
    EnrollmentsModule,
    ReleasesModule,
    ProgramCancellationModule,
    SummariesModule,
  ],
  migrations,
};
