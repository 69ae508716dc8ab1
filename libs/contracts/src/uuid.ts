import { randomUUID } from 'node:crypto';

/**
 * A time-ordered UUID (RFC 9562 version 7): 48-bit Unix milliseconds, then random bits. The 74
 * random bits are those of a version 4 UUID at the same places (its variant bits are version 7's
 * too): node:crypto hands those out from a batch it draws at once, where a draw of 16 bytes per id
 * cost a system call each.
 */
export function uuidv7(now: number = Date.now()): string {
  if (!Number.isInteger(now) || now < 0 || now >= 2 ** 48)
    throw new RangeError(`a UUIDv7 time is 48-bit Unix milliseconds, not ${now}`);
  const time = now.toString(16).padStart(12, '0');
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
