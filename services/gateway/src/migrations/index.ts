import {
  CreateMessagingTables1764288000000,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
} from '@sinergi/messaging';
import { CreateGatewayTables1764500000000 } from './1764500000000-create-gateway-tables';
import { CreateUserTables1764600000000 } from './1764600000000-create-user-tables';
import { IdempotencyInDoubt1765000000000 } from './1765000000000-idempotency-in-doubt';
import { SealIdempotencyAnswers1765100000000 } from './1765100000000-seal-idempotency-answers';
import { CreateAuditTrail1766000000000 } from './1766000000000-create-audit-trail';
import { IndexRateLimitWindows1766000000001 } from './1766000000001-index-rate-limit-windows';
import { RevocableClients1766100000000 } from './1766100000000-revocable-clients';

/** Every migration of this service's schema, oldest first. */
export const migrations = [
  CreateMessagingTables1764288000000,
  CreateGatewayTables1764500000000,
  CreateUserTables1764600000000,
  IdempotencyInDoubt1765000000000,
  SealIdempotencyAnswers1765100000000,
  CreateAuditTrail1766000000000,
  IndexRateLimitWindows1766000000001,
  RevocableClients1766100000000,
  OutboxPending1767000000000,
  OutboxJsonAsWritten1767200000000,
];
