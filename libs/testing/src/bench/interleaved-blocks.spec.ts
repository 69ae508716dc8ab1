import { interleavedBlocks, median, medianOfPairs } from './bench-kit';

/** Measurements whose blocks are named side and number (`a0`, `a1`…), each recorded in `order` as it runs. */
const recordingIn = (order: string[]) => (side: string) => {
  let block = 0;
  return async () => {
    order.push(`${side}${block}`);
    return `${side}${block++}`;
  };
};

describe('interleavedBlocks: short blocks of each measurement, in turn', () => {
  it('runs one block of every measurement before the next block of any, and keeps each one’s blocks in order', async () => {
    const order: string[] = [];
    const measure = recordingIn(order);
    const blocks = await interleavedBlocks([measure('a'), measure('b'), measure('c')], 3);
    expect(order).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'c1', 'a2', 'b2', 'c2']);
    expect(blocks).toEqual([
      ['a0', 'a1', 'a2'],
      ['b0', 'b1', 'b2'],
      ['c0', 'c1', 'c2'],
    ]);
  });

  it('runs the warm-up rounds first, in the same turn, and leaves them out', async () => {
    const order: string[] = [];
    const measure = recordingIn(order);
    const blocks = await interleavedBlocks([measure('a'), measure('b')], 2, 1);
    expect(order).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'b2']);
    expect(blocks).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
    ]);
  });
});

describe('median', () => {
  it('is the middle value of an odd number of values, in any order', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([5])).toBe(5);
  });

  it('is the mean of the middle two of an even number', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow('the median of no values');
  });
});

describe('medianOfPairs: the median of a comparison of paired blocks', () => {
  it('compares block i of one measurement with block i of the other', () => {
    const gateway = [100, 90, 200, 95, 105];
    const raw = [98, 96, 100, 90, 100];
    expect(medianOfPairs(gateway, raw, (g, r) => g - r)).toBe(5);
  });

  it('is moved by one place, not by its size, when noise reaches one block alone', () => {
    const quiet = medianOfPairs([10, 11, 12], [10, 10, 10], (g, r) => g - r);
    const oneStall = medianOfPairs([10, 11, 500], [10, 10, 10], (g, r) => g - r);
    expect([quiet, oneStall]).toEqual([1, 1]);
  });

  it('refuses blocks of different counts', () => {
    expect(() => medianOfPairs([1, 2], [1], (a, b) => a - b)).toThrow(
      'paired blocks of different counts: 2, 1',
    );
  });
});
