import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** Minimal HS256 JSON Web Token signing and verification (RFC 7519), no external dependency. */
export interface JwtClaims {
  iss: string;
  aud: string;
  sub: string;
  exp: number;
  iat: number;
  nbf: number;
  /** Unique per token, so one token can be told from another in logs and revocations. */
  jti: string;
  [claim: string]: unknown;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function signature(secret: string, signingInput: string): Buffer {
  return createHmac('sha256', secret).update(signingInput).digest();
}

export function signJwt(
  claims: Omit<JwtClaims, 'iat' | 'exp' | 'nbf' | 'jti'>,
  secret: string,
  ttlSeconds: number,
): string {
  const iat = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ ...claims, jti: randomUUID(), iat, nbf: iat, exp: iat + ttlSeconds }),
  );
  return `${header}.${payload}.${base64url(signature(secret, `${header}.${payload}`))}`;
}

export class InvalidTokenError extends Error {}

/** Clocks of the replicas may differ this much. */
const CLOCK_SKEW_SECONDS = 5;

/** Returns the claims of a valid, unexpired token issued by `issuer` for `audience`; throws otherwise. */
export function verifyJwt(token: string, secret: string, issuer: string, audience: string): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new InvalidTokenError('malformed token');
  const [header, payload, sig] = parts;
  const expected = signature(secret, `${header}.${payload}`);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidTokenError('bad signature');
  }
  let claims: JwtClaims;
  try {
    const alg = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg;
    if (alg !== 'HS256') throw new InvalidTokenError('unexpected algorithm');
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch (error) {
    throw error instanceof InvalidTokenError ? error : new InvalidTokenError('malformed token');
  }
  if (claims.iss !== issuer || claims.aud !== audience)
    throw new InvalidTokenError('wrong issuer or audience');
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp < now) {
    throw new InvalidTokenError('token expired');
  }
  if (typeof claims.nbf === 'number' && claims.nbf > now + CLOCK_SKEW_SECONDS)
    throw new InvalidTokenError('token not valid yet');
  return claims;
}
