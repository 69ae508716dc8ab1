import { Clock } from './clock';
import { localDate, localYear } from './local-date';

const clockAt = (iso: string) => {
  const clock = new Clock();
  jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
  return clock;
};

describe('local dates', () => {
  it('is already the new year in Jakarta at 23:30 UTC on 31 December', () => {
    const clock = clockAt('2026-12-31T23:30:00Z');
    expect(clock.today()).toBe('2027-01-01');
    expect(localYear(clock.now())).toBe(2027);
  });

  it('turns the date at local midnight, not UTC midnight: 00:30 WIB, WITA and WIT on 1 January', () => {
    expect(clockAt('2026-12-31T17:30:00Z').today()).toBe('2027-01-01'); // 00:30 WIB
    expect(clockAt('2026-12-31T16:30:00Z').today('Asia/Makassar')).toBe('2027-01-01'); // 00:30 WITA
    expect(clockAt('2026-12-31T15:30:00Z').today('Asia/Jayapura')).toBe('2027-01-01'); // 00:30 WIT
    expect(clockAt('2026-12-31T15:30:00Z').today()).toBe('2026-12-31'); // still 22:30 in Jakarta
    expect(localDate(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });
});
