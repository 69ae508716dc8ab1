export interface LedgerSums {
  ceiling: number;
  allocated: number;
  disbursed: number;
}

export interface Balances extends LedgerSums {
  available: number;
  /** disbursed / ceiling; null while the ceiling is 0. */
  absorptionRate: number | null;
}

/** The balances of a budget from the sums of its ledger entries (DOMAIN.md, "Budgeting"). */
export function balancesFrom(sums: LedgerSums): Balances {
  return {
    ...sums,
    available: sums.ceiling - sums.allocated,
    absorptionRate: sums.ceiling > 0 ? sums.disbursed / sums.ceiling : null,
  };
}
