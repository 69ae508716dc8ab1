export const MIN_PASSWORD_LENGTH = 12;

let commonPasswords: Set<string> | undefined;

/**
 * About 49,000 common passwords (zxcvbn's list), compared in lower case; loaded when a password is
 * first checked, so that a gateway that never sets one does not hold the list.
 */
function common(): Set<string> {
  if (!commonPasswords) {
    const { dictionary } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    commonPasswords = new Set(dictionary['passwords-common']);
  }
  return commonPasswords;
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, personal: readonly string[] = []): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  // "Password2024!" is as weak as "password": also check what is left without trailing digits and signs.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (common().has(lower) || common().has(stem))
    return 'is in the list of commonly used passwords; choose another';
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase())))
    return 'must not contain your name or email address';
  return undefined;
}
