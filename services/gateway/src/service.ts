import { ServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import { migrations } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const gatewayService: ServiceDefinition<ServiceEnv> = {
  name: 'gateway',
  version,
  defaultPort: 3000,
  envClass: ServiceEnv,
  imports: () => [],
  migrations,
};
