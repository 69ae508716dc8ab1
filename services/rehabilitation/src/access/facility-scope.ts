import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { hasRole, Roles, type CallerIdentity } from '@sinergi/platform';

/**
 * Agency scope of the rehabilitation routes: program-officers work only in their own facility
 * (another facility's records answer 404, as if absent); platform-admins everywhere; auditors
 * read everything and change nothing.
 */
export const isPlatformAdmin = (caller: CallerIdentity) => hasRole(caller, Roles.platformAdmin);

export const isOwnFacility = (caller: CallerIdentity, facilityCode: string) =>
  hasRole(caller, Roles.programOfficer) && caller.agencyCode === facilityCode;

/** The facility a program-officer's lists are restricted to (undefined: no restriction). */
export function facilityFilterOf(caller: CallerIdentity): string | undefined {
  if (isPlatformAdmin(caller) || hasRole(caller, Roles.auditor)) return undefined;
  return hasRole(caller, Roles.programOfficer) ? caller.agencyCode : undefined;
}

export function assertCanReadFacility(caller: CallerIdentity, facilityCode: string, what: string) {
  const restrictedTo = facilityFilterOf(caller);
  if (restrictedTo !== undefined && restrictedTo !== facilityCode)
    throw new NotFoundException(`${what} not found`);
}

export function assertCanChangeFacility(caller: CallerIdentity, facilityCode: string, what: string) {
  if (isPlatformAdmin(caller) || isOwnFacility(caller, facilityCode)) return;
  assertCanReadFacility(caller, facilityCode, what);
  throw new ForbiddenException(
    `only a program-officer of ${facilityCode} or a platform-admin may change this ${what}`,
  );
}
