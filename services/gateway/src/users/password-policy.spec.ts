import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('kopi tubruk di tepi Batanghari')).toBeUndefined();
  });

  it('refuses short, common and personal passwords', () => {
    expect(passwordProblem('Sh0rt!pass')).toBe('must be at least 12 characters');
    expect(passwordProblem('qwerty123456')).toBe('is in the list of commonly used passwords; choose another');
    expect(passwordProblem('1qaz2wsx3edc')).toMatch(/commonly used/);
    expect(passwordProblem('Password12345678!')).toMatch(/commonly used/);
    expect(passwordProblem('siti.rahma-sinergi-2027', ['siti.rahma', 'Siti Rahma'])).toBe(
      'must not contain your name or email address',
    );
  });
});
