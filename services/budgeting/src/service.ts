import { ServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { migrations } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const budgetingService: ServiceDefinition<ServiceEnv> = {
  name: 'budgeting',
  version,
  defaultPort: 3004,
  envClass: ServiceEnv,
  imports: () => [],
  migrations,
};
