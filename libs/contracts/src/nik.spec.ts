import { maskNik, nikProblem, ProvinceCodes } from './nik';

describe('NIK validation', () => {
  it.each([
    ['valid, man born 1990-05-12', '1505011205900003', '1990-05-12', 'M', null],
    ['valid, woman born 1990-05-12 (day + 40)', '1505015205900003', '1990-05-12', 'F', null],
    ['valid, Papua Barat Daya (96)', '9601010101000001', '2000-01-01', 'M', null],
    ['valid, woman born on the 31st', '3171017112850001', '1985-12-31', 'F', null],
    ['wrong length (15 digits)', '150501120590003', '1990-05-12', 'M', /exactly 16 digits/],
    ['wrong length (17 digits)', '15050112059000031', '1990-05-12', 'M', /exactly 16 digits/],
    ['letters', '15050112059000AB', '1990-05-12', 'M', /exactly 16 digits/],
    ['bad province 20', '2005011205900003', '1990-05-12', 'M', /province code 20/],
    ['bad province 97', '9705011205900003', '1990-05-12', 'M', /province code 97/],
    ['date mismatch (day)', '1505011305900003', '1990-05-12', 'M', /do not agree/],
    ['date mismatch (year)', '1505011205910003', '1990-05-12', 'M', /do not agree/],
    ['woman without + 40', '1505011205900003', '1990-05-12', 'F', /expected 520590/],
    ['man with + 40', '1505015205900003', '1990-05-12', 'M', /do not agree/],
    ['serial 0000', '1505011205900000', '1990-05-12', 'M', /serial/],
  ] as const)('%s', (_name, nik, birthDate, sex, expected) => {
    const problem = nikProblem(nik, birthDate, sex);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('knows exactly the 38 provinces', () => {
    expect(ProvinceCodes.size).toBe(38);
  });

  it('masks all but the first and last four digits', () => {
    expect(maskNik('1505011205900003')).toBe('1505********0003');
  });
});
