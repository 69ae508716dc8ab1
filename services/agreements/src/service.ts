import { MessagingModule } from '@sinergi/messaging';
import { InternalServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { AgenciesModule } from './agencies/agencies.module';
import { AgreementsModule } from './agreements/agreements.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { migrations } from './migrations';
import { SummariesModule } from './summaries/summaries.module';
import { WorkPlansModule } from './work-plans/work-plans.module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const agreementsService: ServiceDefinition<InternalServiceEnv> = {
  name: 'agreements',
  version,
  defaultPort: 3001,
  envClass: InternalServiceEnv,
  imports: () => [
    MessagingModule.forService({ sourceDir: __dirname }),
    AgenciesModule,
    AgreementsModule,
    WorkPlansModule,
    EvaluationsModule,
    IndicatorsModule,
    SummariesModule,
  ],
  migrations,
};
