import { CreateMessagingTables1764288000000 } from '@sinergi/messaging';

/** Every migration of this service's schema, oldest first. */
export const migrations = [CreateMessagingTables1764288000000];
