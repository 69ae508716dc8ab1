import {
  CreateCommandKeys1765000000000,
  CreateMessagingTables1764288000000,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
} from '@sinergi/messaging';
import { CreateNotificationTables1766200000000 } from './1766200000000-create-notification-tables';
import { DeliveriesByStatus1767100000000 } from './1767100000000-deliveries-by-status';

/** Every migration of this service's schema, oldest first. */
export const migrations = [
  CreateMessagingTables1764288000000,
  CreateCommandKeys1765000000000,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  CreateNotificationTables1766200000000,
  OutboxPending1767000000000,
  DeliveriesByStatus1767100000000,
  OutboxJsonAsWritten1767200000000,
];
