import type { CallerIdentity } from '../logging/request-context';
import { hasRole, Roles } from './caller';

/*
 * The tenant rules of docs/authorization.md that more than one service applies. Each service
 * enforces them on its own data, from what it learned of agreements and agencies through events.
 */

/** platform-admin and auditor see every agency's data; everyone else only their scope. */
export const seesEveryAgency = (caller: CallerIdentity) =>
  hasRole(caller, Roles.platformAdmin, Roles.auditor);

/** An agency as the services know it from `agreements.agency.v1`. */
export interface ScopedAgency {
  code: string;
  kind: string;
  regionCode: string;
}

/** Kinds of corrections units that work under their province's regional office (KANWIL_PAS). */
export const CORRECTIONS_UNIT_KINDS: readonly string[] = ['LAPAS', 'RUTAN', 'BAPAS'];

/** The province of a BPS region code: its first two digits. */
export const provinceOf = (regionCode: string) => regionCode.slice(0, 2);

/**
 * Whether `agency` may commit an agreement's money (plan a program, request a grant) under it: it is
 * a party, or it is a LAPAS, RUTAN or BAPAS and a KANWIL_PAS of its own province is a party.
 * `parties` are the agreement's parties that are known; an unknown party grants nothing.
 */
export function mayActUnderAgreement(
  agency: ScopedAgency,
  partyCodes: readonly string[],
  parties: readonly ScopedAgency[],
): boolean {
  if (partyCodes.includes(agency.code)) return true;
  if (!CORRECTIONS_UNIT_KINDS.includes(agency.kind)) return false;
  return parties.some(
    (party) =>
      partyCodes.includes(party.code) &&
      party.kind === 'KANWIL_PAS' &&
      provinceOf(party.regionCode) === provinceOf(agency.regionCode),
  );
}
