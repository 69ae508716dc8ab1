import type { ServiceDefinition } from '@sinergi/platform';
import { GatewayEnv } from './config/gateway-env';
import { GatewayModule } from './gateway.module';
import { hardenHttp } from './http-hardening';
import { migrations } from './migrations';
import { installDirectForward } from './routing/direct-forward';
import { readShortcut } from './routing/read-shortcut';
import { refuseHostilePaths } from './routing/request-path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export const gatewayService: ServiceDefinition<GatewayEnv> = {
  name: 'gateway',
  version,
  defaultPort: 3000,
  envClass: GatewayEnv,
  publicApi: true,
  imports: () => [GatewayModule],
  migrations,
  configure: (app, env) => {
    refuseHostilePaths(app);
    hardenHttp(app, env);
    installDirectForward(app);
  },
  shortcut: (app, _env, logger) => readShortcut(app, logger),
};
