import {
  CreateCommandKeys1765000000000,
  CreateMessagingTables1764288000000,
  InboxHandlerNames1765200000000,
  IndexMessagingRetention1766000000000,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
} from '@sinergi/messaging';
import { CreateRehabilitationTables1764400000000 } from './1764400000000-create-rehabilitation-tables';
import { SealParticipantPersonalData1765100000000 } from './1765100000000-seal-participant-personal-data';
import { ParticipantUpdatedAt1765300000000 } from './1765300000000-participant-updated-at';
import { AttendanceAndAccessLogNamePerson1766300000000 } from './1766300000000-attendance-and-access-log-name-person';
import { KnownTimeZones1766400000000 } from './1766400000000-known-time-zones';
import { AccessLogReason1766500000000 } from './1766500000000-access-log-reason';
import { ParticipantBapasIndex1766600000000 } from './1766600000000-participant-bapas-index';
import { EnrollmentsInPageOrder1767100000000 } from './1767100000000-enrollments-in-page-order';

/** Every migration of this service's schema, oldest first. */
export const migrations = [
  CreateMessagingTables1764288000000,
  CreateRehabilitationTables1764400000000,
  CreateCommandKeys1765000000000,
  SealParticipantPersonalData1765100000000,
  InboxHandlerNames1765200000000,
  ParticipantUpdatedAt1765300000000,
  IndexMessagingRetention1766000000000,
  AttendanceAndAccessLogNamePerson1766300000000,
  KnownTimeZones1766400000000,
  AccessLogReason1766500000000,
  ParticipantBapasIndex1766600000000,
  OutboxPending1767000000000,
  EnrollmentsInPageOrder1767100000000,
  OutboxJsonAsWritten1767200000000,
];
