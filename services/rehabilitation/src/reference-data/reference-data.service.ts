import { DomainError, mayActUnderAgreement } from '@sinergi/platform';
import { Injectable } from '@nestjs/common';
import { DEFAULT_AGENCY_TIME_ZONE } from '@sinergi/contracts';
import { Transactions } from '@sinergi/messaging';
import { In, type EntityManager } from 'typeorm';
import { KnownAgency } from './known-agency.entity';
import { KnownAgreement } from './known-agreement.entity';

export const FacilityKinds = ['LAPAS', 'RUTAN'];

/** The time zone whose dates the agency `code` keeps (WIB while its registration is not known yet). */
export async function agencyTimeZone(manager: EntityManager, code: string): Promise<string> {
  const agency = await manager.findOne(KnownAgency, { where: { code } });
  return agency?.timeZone ?? DEFAULT_AGENCY_TIME_ZONE;
}

/** Look-ups in the read models of the agreements service's data. */
@Injectable()
export class ReferenceData {
  constructor(private readonly transactions: Transactions) {}

  agreement(id: string): Promise<KnownAgreement | null> {
    return this.transactions.manager.findOne(KnownAgreement, { where: { id } });
  }

  /**
   * Whether the agency `code` may commit the agreement's money (docs/authorization.md): it is a
   * party, or a LAPAS/RUTAN/BAPAS of the province of a KANWIL_PAS party.
   */
  async mayActUnder(agreement: KnownAgreement, code: string): Promise<boolean> {
    const partyCodes = agreement.partyCodes ?? [];
    if (partyCodes.includes(code)) return true;
    const manager = this.transactions.manager;
    const agency = await manager.findOne(KnownAgency, { where: { code } });
    if (!agency) return false;
    const parties = await manager.find(KnownAgency, { where: { code: In(partyCodes) } });
    return mayActUnderAgreement(agency, partyCodes, parties);
  }

  /** 409 unless `code` is a registered agency of one of `kinds`. */
  async requireAgencyOfKind(code: string, kinds: string[], field: string): Promise<KnownAgency> {
    const [agency]: KnownAgency[] = await this.transactions.manager.query(
      `SELECT code, kind, region_code AS "regionCode", name, time_zone AS "timeZone" FROM known_agency
        WHERE code = $1`,
      [code],
    );
    if (!agency) throw new DomainError('agency.unknown', `${field}: agency ${code} is not known yet`);
    if (!kinds.includes(agency.kind))
      throw new DomainError(
        'agency.wrong-kind',
        `${field}: agency ${code} is a ${agency.kind}, not a ${kinds.join(' or ')}`,
      );
    return agency;
  }
}
