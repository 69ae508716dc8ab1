import {
  CreateCommandKeys1765000000000,
  CreateMessagingTables1764288000000,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
} from '@sinergi/messaging';
import { CreateBudgetingTables1764400000000 } from './1764400000000-budgeting-tables';
import { DisbursementReferenceUnique1765000000001 } from './1765000000001-disbursement-reference-unique';
import { LedgerAndDecisionsNamePerson1766300000000 } from './1766300000000-ledger-and-decisions-name-person';
import { AgreementTimeZone1766400000000 } from './1766400000000-agreement-time-zone';
import { LedgerAppendOnlyGrants1766500000000 } from './1766500000000-ledger-append-only-grants';
import { BudgetsByFiscalYear1766700000000 } from './1766700000000-budgets-by-fiscal-year';
import { BudgetLedgerTotals1766800000000 } from './1766800000000-budget-ledger-totals';
import { AgreementPartiesIndex1766900000000 } from './1766900000000-agreement-parties-index';
import { ListOrderIndexes1767100000000 } from './1767100000000-list-order-indexes';

/** Every migration of this service's schema, oldest first. */
export const migrations = [
  CreateMessagingTables1764288000000,
  CreateBudgetingTables1764400000000,
  CreateCommandKeys1765000000000,
  DisbursementReferenceUnique1765000000001,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  LedgerAndDecisionsNamePerson1766300000000,
  AgreementTimeZone1766400000000,
  LedgerAppendOnlyGrants1766500000000,
  BudgetsByFiscalYear1766700000000,
  BudgetLedgerTotals1766800000000,
  AgreementPartiesIndex1766900000000,
  OutboxPending1767000000000,
  ListOrderIndexes1767100000000,
  OutboxJsonAsWritten1767200000000,
];
