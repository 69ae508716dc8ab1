import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud or typed by hand

/** A random code of `groups` groups of four characters (5 bits each), e.g. `K7QF-2MZD-…`. */
export function randomCode(groups: number): string {
  const bytes = randomBytes(groups * 4);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]);
  return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

/** Codes are stored as SHA-256 of their normalised form: high-entropy, single-use, short-lived. */
export function hashCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(normalised).digest('base64url');
}

/** Invitation and reset codes: 160 bits. */
export const newAccountCode = () => randomCode(8);
/** Recovery codes: 80 bits each, ten per person. */
export const newRecoveryCodes = () => Array.from({ length: 10 }, () => randomCode(4));
export const ACCOUNT_CODE_TTL_HOURS = 24;
