import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { IdleMemoryDecision, type IdleMemorySettings } from './idle-memory';

const MB = 1024 * 1024;
const settings: IdleMemorySettings = { quietSeconds: 3, quietUtilization: 0.05, growthBytes: 8 * MB };

describe('IdleMemoryDecision', () => {
  it('collects after the given number of quiet seconds', () => {
    const decision = new IdleMemoryDecision(settings);
    expect(decision.second(0.9, 60 * MB)).toBe(false); // busy
    expect(decision.second(0.01, 60 * MB)).toBe(false);
    expect(decision.second(0.02, 60 * MB)).toBe(false);
    expect(decision.second(0.04, 60 * MB)).toBe(true);
  });

  it('starts counting again when a second is busy', () => {
    const decision = new IdleMemoryDecision(settings);
    expect([0.01, 0.01, 0.3, 0.01, 0.01].map((u) => decision.second(u, 60 * MB))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(decision.second(0.01, 60 * MB)).toBe(true);
  });

  it('collects in the first quiet spell whatever the heap, then only once it has grown since the last collection', () => {
    const decision = new IdleMemoryDecision(settings);
    expect([1, 2, 3].map(() => decision.second(0, 5 * MB))).toEqual([false, false, true]);
    decision.collected(20 * MB);
    expect([1, 2, 3, 4, 5].map(() => decision.second(0, 27 * MB))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(decision.second(0, 28 * MB)).toBe(true);
    decision.collected(24 * MB);
    expect([1, 2, 3].map(() => decision.second(0, 31 * MB))).toEqual([false, false, false]);
    expect(decision.second(0, 32 * MB)).toBe(true);
  });
});

describe('reduceMemoryWhenIdle (a real Node process)', () => {
  const child = (flags: string[]) => {
    const run = spawnSync(
      process.execPath,
      [
        ...flags,
        '-r',
        path.join(__dirname, '../../../testing/register-ts.js'),
        path.join(__dirname, '../../test/fixtures/idle-memory-process.ts'),
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as { afterWork: number; afterQuiet: number };
  };

  it('gives the young generation and emptied pages back after a quiet spell', () => {
    const { afterWork, afterQuiet } = child(['--expose-gc', '--max-semi-space-size=8']);
    expect(afterWork).toBeGreaterThanOrEqual(30 * MB);
    expect(afterQuiet).toBeLessThan(afterWork / 2);
  });

  it('does nothing without --expose-gc', () => {
    const { afterWork, afterQuiet } = child(['--max-semi-space-size=8']);
    expect(afterWork).toBeGreaterThanOrEqual(30 * MB);
    // V8's own housekeeping may move the heap by a page or two; only the collection halves it.
    expect(afterQuiet).toBeGreaterThan(afterWork / 2);
  });
});
