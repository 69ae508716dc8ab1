import { holdsNonFiniteNumber, MAX_JSON_DEPTH, nestsDeeperThan } from './json-body';

describe('JSON body limits', () => {
  it('measures nesting of arrays and objects, not of brackets inside strings', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan('{"a":'.repeat(40) + '1' + '}'.repeat(40), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ a: '['.repeat(100), b: '\\"[[[' }), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\\\"}', 1)).toBe(false);
  });

  it('finds numbers that JSON.parse made infinite, at any depth', () => {
    expect(holdsNonFiniteNumber(JSON.parse('{"a":[1,{"b":1e400}]}'))).toBe(true);
    expect(holdsNonFiniteNumber(JSON.parse('-1e400'))).toBe(true);
    expect(holdsNonFiniteNumber(JSON.parse('{"a":[1e308,-0,null,"1e400"]}'))).toBe(false);
  });
});
