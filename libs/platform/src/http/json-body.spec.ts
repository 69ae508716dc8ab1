import { MAX_JSON_DEPTH, nestsDeeperThan, refusalOf } from './json-body';

describe('JSON body limits', () => {
  it('measures nesting of arrays and objects, not of brackets inside strings', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan('{"a":'.repeat(40) + '1' + '}'.repeat(40), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ a: '['.repeat(100), b: '\\"[[[' }), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\\\"}', 1)).toBe(false);
  });

  it('finds numbers that JSON.parse made infinite and NUL in text or keys, at any depth', () => {
    const infinite = 'the JSON body holds a number too large to represent';
    const nul = 'text may not contain the NUL character (U+0000)';
    expect(refusalOf(JSON.parse('{"a":[1,{"b":1e400}]}'))).toBe(infinite);
    expect(refusalOf(JSON.parse('-1e400'))).toBe(infinite);
    expect(refusalOf(JSON.parse('{"a":[{"b":"x\\u0000"}]}'))).toBe(nul);
    expect(refusalOf(JSON.parse('{"a\\u0000":1}'))).toBe(nul);
    expect(refusalOf({ bapasCode: ['BAPAS', '\u0000'] })).toBe(nul);
    expect(refusalOf(JSON.parse('{"a":[1e308,-0,null,"1e400","\\\\u0000"]}'))).toBeUndefined();
  });
});
