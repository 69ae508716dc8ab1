import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scryptAsync = (secret: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(secret, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

export interface ScryptParameters {
  /** CPU/memory cost (a power of two). */
  N: number;
  r: number;
  p: number;
}

/** Passwords: OWASP's scrypt recommendation is N = 2^17 (128 MiB); the gateway reads log2 N from its environment. */
export const passwordParameters = (log2N: number): ScryptParameters => ({ N: 2 ** log2N, r: 8, p: 1 });
/**
 * Random client secrets carry 192 bits of entropy, so a memory-hard cost adds nothing there; these are
 * also the parameters of hashes written before parameters were stored (`scrypt$<salt>$<hash>`).
 */
export const SECRET_PARAMETERS: ScryptParameters = { N: 2 ** 14, r: 8, p: 1 };
const KEY_LENGTH = 32;

const maxmemFor = ({ N, r, p }: ScryptParameters) => 128 * N * r * (p + 1) + 1024 * 1024;

/**
 * `scrypt$N=<N>,r=<r>,p=<p>$<salt>$<hash>`: passwords and client secrets are never stored in plain
 * text, and each hash keeps the parameters it was made with so that they can be raised later.
 */
export async function hashSecret(
  secret: string,
  parameters: ScryptParameters = SECRET_PARAMETERS,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, KEY_LENGTH, { ...parameters, maxmem: maxmemFor(parameters) });
  const { N, r, p } = parameters;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

function parse(stored: string): { parameters: ScryptParameters; salt: string; hash: string } | undefined {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt') return undefined;
  if (parts.length === 3) return { parameters: SECRET_PARAMETERS, salt: parts[1], hash: parts[2] };
  const match = /^N=(\d+),r=(\d+),p=(\d+)$/.exec(parts[1] ?? '');
  if (parts.length !== 4 || !match) return undefined;
  const [N, r, p] = match.slice(1).map(Number);
  return { parameters: { N, r, p }, salt: parts[2], hash: parts[3] };
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || !parsed.salt || !parsed.hash) return false;
  const expected = Buffer.from(parsed.hash, 'base64url');
  const actual = await scryptAsync(secret, Buffer.from(parsed.salt, 'base64url'), expected.length, {
    ...parsed.parameters,
    maxmem: maxmemFor(parsed.parameters),
  });
  return timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with weaker parameters than `wanted` (rehash at next sign-in). */
export function needsRehash(stored: string, wanted: ScryptParameters): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.parameters.N < wanted.N || parsed.parameters.r < wanted.r;
}

export const generateSecret = () => randomBytes(24).toString('base64url');
