import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { seesEveryAgency, type CallerIdentity } from '@sinergi/platform';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Program } from '../programs/program.entity';
import { isOwnFacility, isPlatformAdmin } from './facility-scope';

/*
 * Who sees a program and what hangs on it (sessions, enrolments, certificates): the facility that
 * runs it, the agencies party to its agreement (as learned from agreements.agreement.v1), and
 * platform-admins and auditors. Everyone else is answered 404, as if it did not exist. Only the
 * facility's program-officers and platform-admins change it.
 */

/** SQL condition: the program (alias `alias`) is visible to the agency in `param` (not seeing every agency). */
export const PROGRAM_VISIBLE = (alias: string, param: string) =>
  `(${alias}.facility_code = ${param} OR EXISTS (SELECT 1 FROM known_agreement ka
     WHERE ka.id = ${alias}.agreement_id AND ${param} = ANY (ka.party_codes)))`;

/** Keeps only the programs (query alias `alias`) the caller may see. */
export function whereProgramVisible<T extends object>(
  qb: SelectQueryBuilder<T>,
  caller: CallerIdentity,
  alias: string,
): SelectQueryBuilder<T> {
  if (seesEveryAgency(caller)) return qb;
  return qb.andWhere(PROGRAM_VISIBLE(alias, ':scopeAgency'), { scopeAgency: caller.agencyCode });
}

export async function mayReadProgram(
  manager: EntityManager,
  caller: CallerIdentity,
  program: Pick<Program, 'agreementId' | 'facilityCode'>,
): Promise<boolean> {
  if (seesEveryAgency(caller) || program.facilityCode === caller.agencyCode) return true;
  const [{ party }] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM known_agreement WHERE id = $1 AND $2 = ANY (party_codes)) AS party`,
    [program.agreementId, caller.agencyCode],
  );
  return party as boolean;
}

/** 404 when the caller may not see the program, 403 when it sees it but may not change it. */
export async function assertMayChangeProgram(
  manager: EntityManager,
  caller: CallerIdentity,
  program: Pick<Program, 'agreementId' | 'facilityCode'>,
  what: string,
): Promise<void> {
  if (!(await mayReadProgram(manager, caller, program))) throw new NotFoundException(`${what} not found`);
  if (!isPlatformAdmin(caller) && !isOwnFacility(caller, program.facilityCode))
    throw new ForbiddenException(
      `only a program-officer of ${program.facilityCode} or a platform-admin may change this ${what}`,
    );
}
