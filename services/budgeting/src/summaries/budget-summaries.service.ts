import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import type { CallerIdentity } from '@sinergi/platform';
import { agreementVisible, BudgetAccess } from '../access/budget-access';
import { balancesFrom, type Balances } from '../ledger/balances';

export interface AgreementBudgets extends Balances {
  agreementId: string;
}

/**
 * The balances of every agreement's budgets of a fiscal year, summed in one statement over the
 * budgets the caller sees (the same as `GET /budgets?agreementId=&fiscalYear=` lists).
 */
@Injectable()
export class BudgetSummaries {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: BudgetAccess,
  ) {}

  async byAgreement(caller: CallerIdentity, fiscalYear: number): Promise<AgreementBudgets[]> {
    const rows = await this.transactions.manager.query<
      Array<{ agreementId: string; ceiling: string; allocated: string; disbursed: string }>
    >(
      `SELECT b.agreement_id AS "agreementId",
              SUM(b.ceiling_total) AS ceiling,
              SUM(b.allocated_total) AS allocated,
              SUM(b.disbursed_total) AS disbursed
         FROM budgets b
        WHERE b.fiscal_year = $1 AND ($2::text IS NULL OR ${agreementVisible('b.agreement_id', '$2')})
        GROUP BY b.agreement_id
        ORDER BY b.agreement_id`,
      [fiscalYear, this.access.restrictedTo(caller)],
    );
    return rows.map((r) => ({
      agreementId: r.agreementId,
      ...balancesFrom({
        ceiling: Number(r.ceiling),
        allocated: Number(r.allocated),
        disbursed: Number(r.disbursed),
      }),
    }));
  }
}
