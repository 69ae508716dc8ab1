import { ServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { migrations } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const rehabilitationService: ServiceDefinition<ServiceEnv> = {
  name: 'rehabilitation',
  version,
  defaultPort: 3002,
  envClass: ServiceEnv,
  imports: () => [],
  migrations,
};
