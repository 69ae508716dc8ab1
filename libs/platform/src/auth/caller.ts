import { UnauthorizedException } from '@nestjs/common';
import { requestContext, type CallerIdentity } from '../logging/request-context';

export const Roles = {
  platformAdmin: 'platform-admin',
  agreementOfficer: 'agreement-officer',
  programOfficer: 'program-officer',
  probationOfficer: 'probation-officer',
  financeOfficer: 'finance-officer',
  auditor: 'auditor',
  viewer: 'viewer',
} as const;
export type Role = (typeof Roles)[keyof typeof Roles];

/** The caller the gateway vouched for on this request. */
export function currentCaller(): CallerIdentity {
  const caller = requestContext.current()?.caller;
  if (!caller) throw new UnauthorizedException('no caller identity on this request');
  return caller;
}

export const hasRole = (caller: CallerIdentity, ...roles: Role[]) =>
  roles.some((r) => caller.roles.includes(r));
