import { MessagingModule } from '@sinergi/messaging';
import { InternalServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { AgreementScopeModule } from './agreement-scope/agreement-scope.module';
import { CasesModule } from './cases/cases.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { GrantsModule } from './grants/grants.module';
import { MetricsModule } from './metrics/metrics.module';
import { migrations } from './migrations';
import { PlacementsModule } from './placements/placements.module';
import { ReoffencesModule } from './reoffences/reoffences.module';
import { SummariesModule } from './summaries/summaries.module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const reintegrationService: ServiceDefinition<InternalServiceEnv> = {
  name: 'reintegration',
  version,
  defaultPort: 3003,
  envClass: InternalServiceEnv,
  imports: () => [
    MessagingModule.forService({ sourceDir: __dirname }),
    AgreementScopeModule,
    CasesModule,
    PlacementsModule,
    FollowUpsModule,
    GrantsModule,
    ReoffencesModule,
    MetricsModule,
    SummariesModule,
  ],
  migrations,
};
