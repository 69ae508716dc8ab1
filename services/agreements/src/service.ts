import { ServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { migrations } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const agreementsService: ServiceDefinition<ServiceEnv> = {
  name: 'agreements',
  version,
  defaultPort: 3001,
  envClass: ServiceEnv,
  imports: () => [],
  migrations,
};
