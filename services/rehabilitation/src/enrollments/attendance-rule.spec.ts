import { attendanceRate, attendanceShortfall } from './attendance-rule';

describe('attendance rule', () => {
  it.each([
    [{ held: 4, present: 3, excused: 0 }, null],
    [{ held: 4, present: 2, excused: 0 }, /2\/4 \(50 %\) is below 75 %/],
    [{ held: 8, present: 5, excused: 1 }, /5\/7 \(71 %\)/],
    [{ held: 8, present: 6, excused: 0 }, null],
    [{ held: 5, present: 3, excused: 1 }, null],
    [{ held: 0, present: 0, excused: 0 }, /no session has been held/],
    [{ held: 2, present: 0, excused: 2 }, /no session has been held/],
  ])('%j', (tally, expected) => {
    const shortfall = attendanceShortfall(tally);
    if (expected === null) expect(shortfall).toBeNull();
    else expect(shortfall).toMatch(expected);
  });

  it('leaves excused sessions out of the denominator', () => {
    expect(attendanceRate({ held: 4, present: 3, excused: 1 })).toBe(1);
  });
});
