import { RandomPool } from './random-pool';

describe('RandomPool', () => {
  it('gives every call bytes of its own, across refills of the pool', () => {
    const pool = new RandomPool();
    const draws = Array.from({ length: 2_000 }, () => pool.take(12)); // 24,000 bytes: six refills
    expect(draws.every((bytes) => bytes.length === 12)).toBe(true);
    expect(new Set(draws.map((bytes) => bytes.toString('hex'))).size).toBe(draws.length);
  });

  it('hands out copies: later draws, and the refills they cause, leave earlier bytes as they were', () => {
    const pool = new RandomPool();
    const first = pool.take(12);
    const kept = Buffer.from(first);
    for (let i = 0; i < 1_000; i++) pool.take(12); // 12,000 bytes: the pool is drawn again three times
    expect(first).toEqual(kept);
    expect(first.equals(Buffer.alloc(12))).toBe(false);
  });

  it('spreads the bytes it gives over every value', () => {
    const pool = new RandomPool();
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4_000; i++) for (const byte of pool.take(16)) counts[byte]++;
    // 64,000 bytes: 250 of each value expected; a broken pool (zeros, a repeated block) is far off.
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(350);
  });

  it('draws a request larger than the pool on its own', () => {
    const pool = new RandomPool();
    const large = pool.take(10_000);
    expect(large.length).toBe(10_000);
    expect(new Set(large).size).toBeGreaterThan(200);
  });
});
