import { ForbiddenException } from '@nestjs/common';
import { hasRole, Roles, type CallerIdentity } from '@sinergi/platform';

/** Which BAPAS's cases a caller may see: `null` means every BAPAS. */
export function readableBapas(caller: CallerIdentity): string | null {
  if (hasRole(caller, Roles.platformAdmin, Roles.auditor)) return null;
  if (hasRole(caller, Roles.probationOfficer)) return caller.agencyCode;
  throw new ForbiddenException('only probation officers, auditors and platform admins read cases');
}

/** Which BAPAS's cases a caller may change: `null` means every BAPAS. */
export function changeableBapas(caller: CallerIdentity): string | null {
  if (hasRole(caller, Roles.platformAdmin)) return null;
  if (hasRole(caller, Roles.probationOfficer)) return caller.agencyCode;
  throw new ForbiddenException('only probation officers and platform admins change cases');
}
