import { ForbiddenException, Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { hasRole, Roles, seesEveryAgency, type CallerIdentity } from '@sinergi/platform';
import { Raw, type FindOperator } from 'typeorm';
import type { AgreementRecord } from '../agreements/agreement.entity';

/**
 * SQL condition: the agreement id in `column` is one the agency in `param` is a party to (`@>`
 * reads the parties' GIN index; `= ANY` would read every agreement).
 */
export const agreementVisible = (column: string, param: string) =>
  `${column} IN (SELECT id FROM agreements WHERE party_codes @> ARRAY[${param}]::text[])`;

/**
 * Who sees and who moves money (docs/authorization.md). platform-admin and auditor see everything;
 * anyone else sees the budgets and allocations of the agreements its agency is a party to (parties
 * as learned from agreements.agreement.v1; a budget's owner is always a party). Only platform-admin
 * and finance officers of the owner agency change a budget's money.
 */
@Injectable()
export class BudgetAccess {
  constructor(private readonly transactions: Transactions) {}

  /** The agency a caller's view is limited to, or null when it sees everything. */
  restrictedTo(caller: CallerIdentity): string | null {
    return seesEveryAgency(caller) ? null : caller.agencyCode;
  }

  async canSeeAgreement(caller: CallerIdentity, agreementId: string): Promise<boolean> {
    const agency = this.restrictedTo(caller);
    if (agency === null) return true;
    const [{ visible }] = await this.transactions.manager.query(
      `SELECT EXISTS (SELECT 1 FROM agreements WHERE id = $1 AND $2 = ANY (party_codes)) AS visible`,
      [agreementId, agency],
    );
    return visible as boolean;
  }

  /** canSeeAgreement for an agreement already read (null: budgeting has no record of it). */
  seesAgreement(caller: CallerIdentity, agreement: Pick<AgreementRecord, 'partyCodes'> | null): boolean {
    const agency = this.restrictedTo(caller);
    return agency === null || (agreement?.partyCodes ?? []).includes(agency);
  }

  /** A `where` condition on an agreement id column keeping only the agreements the caller may see. */
  visibleAgreements(caller: CallerIdentity): FindOperator<string> | undefined {
    const agency = this.restrictedTo(caller);
    if (agency === null) return undefined;
    return Raw((column) => agreementVisible(column, ':agency'), { agency });
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
