import { uuidv7 } from './uuid';

const VERSION_7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('is an RFC 9562 version 7 UUID carrying the time given, in milliseconds', () => {
    const id = uuidv7(0x0193_a2b4_c5d6);
    expect(id).toMatch(VERSION_7);
    expect(id.slice(0, 13)).toBe('0193a2b4-c5d6');
    expect(uuidv7(0).slice(0, 13)).toBe('00000000-0000');
  });

  it('orders ids by their time, whatever their random bits', () => {
    const earlier = Array.from({ length: 50 }, () => uuidv7(1_700_000_000_000));
    const later = Array.from({ length: 50 }, () => uuidv7(1_700_000_000_001));
    for (const a of earlier) for (const b of later) expect(a < b).toBe(true);
  });

  it('draws 74 fresh random bits for every id', () => {
    const ids = Array.from({ length: 20_000 }, () => uuidv7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(VERSION_7);
    // Each random hex digit (after the version digit, but for the variant's) takes all 16 values.
    const randomDigits = Array.from({ length: 19 }, (_, i) => 13 + i).filter((i) => i !== 16);
    for (const position of randomDigits) {
      const seen = new Set(ids.map((id) => id.replace(/-/g, '')[position]));
      expect(seen.size).toBe(16);
    }
  });

  it('refuses a time that does not fit 48 bits', () => {
    expect(() => uuidv7(-1)).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48)).toThrow(RangeError);
    expect(() => uuidv7(1.5)).toThrow(RangeError);
  });
});
