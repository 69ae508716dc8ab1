import { ratioAgainst } from './bench-kit';

describe('ratioAgainst: a benchmark ratio printed beside its bound', () => {
  it('prints two decimals when they put the ratio on its side of the bound', () => {
    expect(ratioAgainst(0.934, 0.9, 'at least')).toBe('0.93× (≥ 0.90)');
    expect(ratioAgainst(0.5, 0.5, 'at least')).toBe('0.50× (≥ 0.50)');
    expect(ratioAgainst(0.87, 1, 'at most', '× of the budget')).toBe('0.87× of the budget (≤ 1.00)');
  });

  it('prints more decimals when two would read as the other side of the bound', () => {
    expect(ratioAgainst(0.4971, 0.5, 'at least')).toBe('0.497× (≥ 0.50)');
    expect(ratioAgainst(0.49996, 0.5, 'at least')).toBe('0.49996× (≥ 0.50)');
    expect(ratioAgainst(1.0031, 1, 'at most')).toBe('1.003× (≤ 1.00)');
    expect(ratioAgainst(1.5004, 1.5, 'at most')).toBe('1.5004× (≤ 1.50)');
  });
});
