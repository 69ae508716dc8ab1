import { cellsToSuppress } from './small-counts';

describe('small-count suppression', () => {
  const split = (total: number, a: number, b: number) => ({
    counts: { total, a, b },
    shown: ['total', 'a', 'b'],
    sums: [{ total: 'total', parts: ['a', 'b'] }],
    rates: {},
  });

  it('hides nothing when no count is from 1 to 5', () => {
    expect([...cellsToSuppress(split(20, 0, 20))]).toEqual([]);
  });

  it('hides a small cell and a second one so that it cannot be recovered from the total', () => {
    expect([...cellsToSuppress(split(20, 3, 17))].sort()).toEqual(['a', 'b']);
  });

  it('hides a count derivable from the shown ones (a complement of 1 to 5) and the rate built on it', () => {
    const hidden = cellsToSuppress({
      counts: { cohortSize: 10, employed: 7, notEmployed: 3 },
      shown: ['cohortSize', 'employed'],
      sums: [{ total: 'cohortSize', parts: ['employed', 'notEmployed'] }],
      rates: { rate: ['cohortSize', 'employed'] },
    });
    expect([...hidden].sort()).toEqual(['employed', 'rate']);
  });
});
