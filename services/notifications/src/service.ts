import { MessagingModule } from '@sinergi/messaging';
import type { ServiceDefinition } from '@sinergi/platform';
import { AudienceModule } from './audience/audience.module';
import { NotificationsEnv } from './config/notifications-env';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { migrations } from './migrations';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

/**
 * Webhooks: agencies subscribe to event types; every event the platform publishes is delivered,
 * signed (Standard Webhooks), to the subscriptions of the agencies it concerns.
 */
export const notificationsService: ServiceDefinition<NotificationsEnv> = {
  name: 'notifications',
  version,
  defaultPort: 3005,
  envClass: NotificationsEnv,
  imports: () => [
    MessagingModule.forService({ sourceDir: __dirname }),
    SubscriptionsModule,
    DeliveriesModule,
    AudienceModule,
  ],
  migrations,
};
