import { MessagingModule } from '@sinergi/messaging';
import { InternalServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { AgreementsModule } from './agreements/agreements.module';
import { AllocationsModule } from './allocations/allocations.module';
import { BudgetsModule } from './budgets/budgets.module';
import { DisbursementsModule } from './disbursements/disbursements.module';
import { migrations } from './migrations';
import { SummariesModule } from './summaries/summaries.module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const budgetingService: ServiceDefinition<InternalServiceEnv> = {
  name: 'budgeting',
  version,
  defaultPort: 3004,
  envClass: InternalServiceEnv,
  imports: () => [
    MessagingModule.forService({ sourceDir: __dirname }),
    AgreementsModule,
    BudgetsModule,
    AllocationsModule,
    DisbursementsModule,
    SummariesModule,
  ],
  migrations,
};
