import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;

/** About 49,000 common passwords (zxcvbn's list), compared in lower case. */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common']);

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, personal: readonly string[] = []): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  // "Password2024!" is as weak as "password": also check what is left without trailing digits and signs.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem))
    return 'is in the list of commonly used passwords; choose another';
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase())))
    return 'must not contain your name or email address';
  return undefined;
}
