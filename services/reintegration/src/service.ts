import { ServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { migrations } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const reintegrationService: ServiceDefinition<ServiceEnv> = {
  name: 'reintegration',
  version,
  defaultPort: 3003,
  envClass: ServiceEnv,
  imports: () => [],
  migrations,
};
