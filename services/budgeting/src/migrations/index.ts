import { CreateMessagingTables1764288000000 } from '@sinergi/messaging';
import { CreateBudgetingTables1764400000000 } from './1764400000000-budgeting-tables';

/** Every migration of this service's schema, oldest first. */
export const migrations = [CreateMessagingTables1764288000000, CreateBudgetingTables1764400000000];
