import { ForbiddenException } from '@nestjs/common';
import { hasRole, Roles } from '@sinergi/platform';
import type { CallerIdentity } from '@sinergi/platform';

/*
 * Agency scope of the agreements area: platform-admin and auditor see every agreement; anyone
 * else only those their agency is a party to (others are 404, as if absent). Writing needs
 * platform-admin, or agreement-officer of a party.
 */

export const seesEveryAgreement = (caller: CallerIdentity) =>
  hasRole(caller, Roles.platformAdmin, Roles.auditor);

export const isPlatformAdmin = (caller: CallerIdentity) => hasRole(caller, Roles.platformAdmin);

export function assertMayWrite(caller: CallerIdentity): void {
  if (!hasRole(caller, Roles.platformAdmin, Roles.agreementOfficer)) {
    throw new ForbiddenException('only platform-admin or an agreement-officer may change agreements');
  }
}

/** The caller as recorded in history rows: a signed-in person also by name. */
export const actorOf = (caller: CallerIdentity) => ({
  clientId: caller.clientId,
  agencyCode: caller.agencyCode,
  userId: caller.userId ?? null,
  userName: caller.userName ?? null,
});
