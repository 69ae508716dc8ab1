import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;

const totpOf = (secret: string, label = 'Sinergi') =>
  new TOTP({
    issuer: 'Sinergi',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new RFC 6238 secret (160 bits, base32) and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(label: string): { secret: string; otpauthUri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, otpauthUri: totpOf(secret, label).toString() };
}

/**
 * The time step a code belongs to (±1 step of clock drift), or undefined when it is wrong. A step at
 * or before `lastUsedStep` is refused, so that an intercepted code cannot be replayed.
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now = Date.now(),
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? undefined : step;
}

/** The current code of a secret (the demo seed and tests act as the person's authenticator). */
export const currentTotp = (secret: string, now = Date.now()) => totpOf(secret).generate({ timestamp: now });
