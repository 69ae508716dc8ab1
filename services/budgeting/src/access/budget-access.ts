import { ForbiddenException, Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { hasRole, Roles, type CallerIdentity } from '@sinergi/platform';
import { Raw, type FindOperator } from 'typeorm';

/**
 * Who sees and who moves money. platform-admin and auditor see everything; anyone else sees the
 * agreements its agency is a party to or owns a budget for. Only platform-admin and finance
 * officers of the owner agency change a budget's money.
 */
@Injectable()
export class BudgetAccess {
  constructor(private readonly transactions: Transactions) {}

  /** The agency a caller's view is limited to, or null when it sees everything. */
  restrictedTo(caller: CallerIdentity): string | null {
    return hasRole(caller, Roles.platformAdmin, Roles.auditor) ? null : caller.agencyCode;
  }

  async canSeeAgreement(caller: CallerIdentity, agreementId: string): Promise<boolean> {
    const agency = this.restrictedTo(caller);
    if (agency === null) return true;
    const [{ visible }] = await this.transactions.manager.query(
      `SELECT EXISTS (SELECT 1 FROM agreements WHERE id = $1 AND $2 = ANY (party_codes))
           OR EXISTS (SELECT 1 FROM budgets WHERE agreement_id = $1 AND owner_agency_code = $2) AS visible`,
      [agreementId, agency],
    );
    return visible as boolean;
  }

  /** A `where` condition on an agreement id column keeping only the agreements the caller may see. */
  visibleAgreements(caller: CallerIdentity): FindOperator<string> | undefined {
    const agency = this.restrictedTo(caller);
    if (agency === null) return undefined;
    return Raw(
      (column) =>
        `(${column} IN (SELECT id FROM agreements WHERE :agency = ANY (party_codes))
          OR ${column} IN (SELECT agreement_id FROM budgets WHERE owner_agency_code = :agency))`,
      { agency },
    );
  }

  /**
   * The agreement-id condition of a list: the requested agreement when the caller may see it, else
   * every agreement it may see; `null` when the requested agreement is out of sight (empty list).
   */
  async agreementFilter(
    caller: CallerIdentity,
    agreementId: string | undefined,
  ): Promise<string | FindOperator<string> | undefined | null> {
    if (agreementId) return (await this.canSeeAgreement(caller, agreementId)) ? agreementId : null;
    return this.visibleAgreements(caller);
  }

  mayManage(caller: CallerIdentity, ownerAgencyCode: string): boolean {
    if (hasRole(caller, Roles.platformAdmin)) return true;
    return hasRole(caller, Roles.financeOfficer) && caller.agencyCode === ownerAgencyCode;
  }

  assertMayManage(caller: CallerIdentity, ownerAgencyCode: string, action: string): void {
    if (!this.mayManage(caller, ownerAgencyCode)) {
      throw new ForbiddenException(
        `only a finance officer of ${ownerAgencyCode} (the budget's owner) or a platform admin may ${action}`,
      );
    }
  }
}
