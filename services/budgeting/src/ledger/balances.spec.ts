import { balancesFrom } from './balances';

describe('balancesFrom', () => {
  it('derives available and absorption from the ledger sums', () => {
    expect(balancesFrom({ ceiling: 1_000_000, allocated: 600_000, disbursed: 250_000 })).toEqual({
      ceiling: 1_000_000,
      allocated: 600_000,
      disbursed: 250_000,
      available: 400_000,
      absorptionRate: 0.25,
    });
  });

  it('has no absorption rate while the ceiling is 0', () => {
    expect(balancesFrom({ ceiling: 0, allocated: 0, disbursed: 0 }).absorptionRate).toBeNull();
  });

  it('stays exact at the largest ceiling', () => {
    const ceiling = 10 ** 15;
    expect(balancesFrom({ ceiling, allocated: ceiling - 1, disbursed: 0 }).available).toBe(1);
  });
});
