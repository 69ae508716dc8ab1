import { hasRole, Roles, type CallerIdentity } from '@sinergi/platform';
import { isOwnFacility, isPlatformAdmin } from '../access/facility-scope';
import type { Participant } from './participant.entity';

const isSupervisingBapas = (caller: CallerIdentity, participant: Participant) =>
  hasRole(caller, Roles.probationOfficer) && participant.bapasCode === caller.agencyCode;

/** Platform-admins, and program- and probation-officers within their scope, see personal data unmasked. */
export const maySeePersonalData = (caller: CallerIdentity, participant: Participant) =>
  isPlatformAdmin(caller) ||
  isOwnFacility(caller, participant.facilityCode) ||
  isSupervisingBapas(caller, participant);

/** Who may see the participant at all (masked or not); everyone else gets a 404. */
export const mayReadParticipant = (caller: CallerIdentity, participant: Participant) =>
  hasRole(caller, Roles.auditor) || maySeePersonalData(caller, participant);
