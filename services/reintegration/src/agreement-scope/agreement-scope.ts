import { Injectable, NotFoundException } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { mayActUnderAgreement, type ScopedAgency } from '@sinergi/platform';

/** The agreement scope rules of docs/authorization.md, over what reintegration learned from events. */
@Injectable()
export class AgreementScope {
  constructor(private readonly transactions: Transactions) {}

  /**
   * 404 unless the agency may commit the agreement's money: it is a party, or a BAPAS (LAPAS, RUTAN)
   * of the province of a KANWIL_PAS party. An agreement not known yet is answered alike.
   */
  async requireMayActUnder(agreementId: string, agencyCode: string): Promise<void> {
    const manager = this.transactions.manager;
    const [agreement] = await manager.query<Array<{ party_codes: string[] }>>(
      `SELECT party_codes FROM agreement_party WHERE agreement_id = $1`,
      [agreementId],
    );
    if (agreement?.party_codes.includes(agencyCode)) return;
    const agencies = await manager.query<ScopedAgency[]>(
      `SELECT code, kind, region_code AS "regionCode" FROM known_agency WHERE code = $1 OR code = ANY ($2)`,
      [agencyCode, agreement?.party_codes ?? []],
    );
    const agency = agencies.find((a) => a.code === agencyCode);
    if (!agreement || !agency || !mayActUnderAgreement(agency, agreement.party_codes, agencies))
      throw new NotFoundException(`agreement ${agreementId} not found`);
  }
}

/**
 * SQL condition keeping the cases (alias `alias`) in an agency's reach for figures: the cases of
 * its own BAPAS, and the people who completed a program under an agreement it is a party to.
 * `param` is the placeholder holding the agency code; `@>` lets the parties' GIN index find the
 * agreements (`= ANY` would read every agreement).
 */
export const casesInAgencyScope = (alias: string, param: string) =>
  `(${alias}.bapas_code = ${param} OR ${alias}.participant_id IN (
      SELECT t.participant_id FROM training_completion t JOIN agreement_party ap ON ap.agreement_id = t.agreement_id
       WHERE ap.party_codes @> ARRAY[${param}]::text[]))`;
