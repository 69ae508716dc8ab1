import {
  CreateCommandKeys1765000000000,
  CreateMessagingTables1764288000000,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
} from '@sinergi/messaging';
import { CreateReintegrationTables1764460800000 } from './1764460800000-create-reintegration-tables';
import { CohortRevisions1765200000100 } from './1765200000100-cohort-revisions';
import { GrantDisbursements1765200000300 } from './1765200000300-grant-disbursements';
import { AgreementScope1765300000000 } from './1765300000000-agreement-scope';
import { LocalDatesByAgency1766400000000 } from './1766400000000-local-dates-by-agency';
import { OpenCasesInPageOrder1767100000000 } from './1767100000000-open-cases-in-page-order';

/** Every migration of this service's schema, oldest first. */
export const migrations = [
  CreateMessagingTables1764288000000,
  CreateReintegrationTables1764460800000,
  CreateCommandKeys1765000000000,
  InboxHandlerNames1765200000000,
  CohortRevisions1765200000100,
  GrantDisbursements1765200000300,
  AgreementScope1765300000000,
  IndexMessagingRetention1766000000000,
  LocalDatesByAgency1766400000000,
  OutboxPending1767000000000,
  OpenCasesInPageOrder1767100000000,
  OutboxJsonAsWritten1767200000000,
];
