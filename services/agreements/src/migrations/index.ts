import {
  CreateCommandKeys1765000000000,
  CreateMessagingTables1764288000000,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
} from '@sinergi/messaging';
import { CreateAgreementTables1764400000000 } from './1764400000000-create-agreement-tables';
import { RecidivismCohorts1765200000200 } from './1765200000200-recidivism-cohorts';
import { HistoryNamesPerson1765300000000 } from './1765300000000-history-names-person';
import { SignaturesAndHistoryNamePerson1766300000000 } from './1766300000000-signatures-and-history-name-person';
import { AgencyTimeZones1766400000000 } from './1766400000000-agency-time-zones';
import { IndicatorFactsByAgreement1766500000000 } from './1766500000000-indicator-facts-by-agreement';
import { ListOrderIndexes1767100000000 } from './1767100000000-list-order-indexes';

/** Every migration of this service's schema, oldest first. */
export const migrations = [
  CreateMessagingTables1764288000000,
  CreateAgreementTables1764400000000,
  CreateCommandKeys1765000000000,
  InboxHandlerNames1765200000000,
  RecidivismCohorts1765200000200,
  HistoryNamesPerson1765300000000,
  IndexMessagingRetention1766000000000,
  SignaturesAndHistoryNamePerson1766300000000,
  AgencyTimeZones1766400000000,
  IndicatorFactsByAgreement1766500000000,
  OutboxPending1767000000000,
  ListOrderIndexes1767100000000,
  OutboxJsonAsWritten1767200000000,
];
