import { UnauthorizedException } from '@nestjs/common';
import { requestContext, type CallerIdentity } from '../logging/request-context';

export const Roles = {
  platformAdmin: 'platform-admin',
  /** Manages the people (user accounts) of its own agency; sees no agency data by this role alone. */
  agencyAdmin: 'agency-admin',
  agreementOfficer: 'agreement-officer',
  programOfficer: 'program-officer',
  probationOfficer: 'probation-officer',
  financeOfficer: 'finance-officer',
  auditor: 'auditor',
  viewer: 'viewer',
} as const;
export type Role = (typeof Roles)[keyof typeof Roles];

/** Every role that works with agency data (all but agency-admin, which manages people only). */
export const DATA_ROLES: Role[] = Object.values(Roles).filter((r) => r !== Roles.agencyAdmin);

/** The caller the gateway vouched for on this request. */
export function currentCaller(): CallerIdentity {
  const caller = requestContext.current()?.caller;
  if (!caller) throw new UnauthorizedException('no caller identity on this request');
  return caller;
}

export const hasRole = (caller: CallerIdentity, ...roles: Role[]) =>
  roles.some((r) => caller.roles.includes(r));
