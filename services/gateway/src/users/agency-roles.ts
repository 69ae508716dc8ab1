import { AgencyKinds, type AgencyKind } from '@sinergi/contracts';
import { Roles, type Role } from '@sinergi/platform';

/** The operator of the platform: not a registered agency, home of platform-admins. */
export const PLATFORM_AGENCY = 'PLATFORM';
export type UserAgencyKind = AgencyKind | typeof PLATFORM_AGENCY;

/** Agencies that hold a budget of their own: the regency and its departments (APBD), the regional
 * corrections office (APBN) and partners funding through grants or CSR. */
export const BUDGET_OWNING_KINDS: readonly AgencyKind[] = ['PEMKAB', 'DINAS', 'KANWIL_PAS', 'PARTNER'];

/** The agency kinds in which a person may hold each role. */
export const KINDS_OF_ROLE: Record<Role, readonly UserAgencyKind[]> = {
  [Roles.platformAdmin]: [PLATFORM_AGENCY],
  [Roles.agencyAdmin]: AgencyKinds,
  [Roles.agreementOfficer]: AgencyKinds,
  [Roles.programOfficer]: ['LAPAS', 'RUTAN'],
  [Roles.probationOfficer]: ['BAPAS'],
  [Roles.financeOfficer]: BUDGET_OWNING_KINDS,
  [Roles.auditor]: [PLATFORM_AGENCY, ...AgencyKinds],
  [Roles.viewer]: [PLATFORM_AGENCY, ...AgencyKinds],
};

/** The roles of `roles` that a person of an agency of `kind` may not hold, each with the reason. */
export function rolesRefusedFor(kind: UserAgencyKind, roles: readonly string[]): string[] {
  return roles.flatMap((role) => {
    const kinds = KINDS_OF_ROLE[role as Role];
    if (!kinds) return [`${role} is not a role`];
    if (kinds.includes(kind)) return [];
    return [`${role} is only for ${kinds.join(', ')} agencies, not ${kind}`];
  });
}

/** Second factor is mandatory for administrators, and for everyone in an agency that turns it on. */
export const totpMandatory = (roles: readonly string[], agencyRequiresTotp: boolean) =>
  agencyRequiresTotp || roles.includes(Roles.platformAdmin) || roles.includes(Roles.agencyAdmin);
