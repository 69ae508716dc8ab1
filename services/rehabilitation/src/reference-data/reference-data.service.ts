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

/**
 * How long a replica answers an agency's kind from memory. Commands check one on every call, and a
 * kind never changes (agency.updated carries a name and a time zone); the limit only bounds how
 * long a correction of a registration would go unseen.
 */
export const AGENCY_MEMORY_MS = 5_000;

/** Look-ups in the read models of the agreements service's data. */
@Injectable()
export class ReferenceData {
  /**
   * Kinds of the agencies found lately, by code, with when they were read (monotonic time: the
   * business clock may be set anywhere). Unknown codes are never kept: a new agency counts at once.
   */
  private readonly recentKinds = new Map<string, { kind: string; readAt: number }>();

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
  async requireAgencyOfKind(code: string, kinds: string[], field: string): Promise<void> {
    const kind = await this.kindOf(code);
    if (!kind) throw new DomainError('agency.unknown', `${field}: agency ${code} is not known yet`);
    if (!kinds.includes(kind))
      throw new DomainError(
        'agency.wrong-kind',
        `${field}: agency ${code} is a ${kind}, not a ${kinds.join(' or ')}`,
      );
  }

  private async kindOf(code: string): Promise<string | undefined> {
    const now = performance.now();
    const recent = this.recentKinds.get(code);
    if (recent && now - recent.readAt < AGENCY_MEMORY_MS) return recent.kind;
    const [agency]: Array<{ kind: string } | undefined> = await this.transactions.manager.query(
      `SELECT kind FROM known_agency WHERE code = $1`,
      [code],
    );
    if (agency) this.recentKinds.set(code, { kind: agency.kind, readAt: now });
    return agency?.kind;
  }
}
