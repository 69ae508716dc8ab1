import { nipProblem } from './nip';

describe('NIP', () => {
  it('accepts a well-formed number', () => {
    expect(nipProblem('198503142010011002')).toBeUndefined();
    expect(nipProblem('199211232019032001')).toBeUndefined();
  });

  it('refuses wrong length, dates, sex digit and serial', () => {
    expect(nipProblem('19850314201001100')).toMatch(/18 digits/);
    expect(nipProblem('198502302010011002')).toBe('does not start with a valid birth date');
    expect(nipProblem('198503142010131002')).toBe('does not hold a valid appointment month');
    expect(nipProblem('198503141990011002')).toBe('does not hold a valid appointment month');
    expect(nipProblem('198503142010013002')).toMatch(/18 digits/);
    expect(nipProblem('198503142010011000')).toBe('has serial 000');
  });
});
