import { createHmac, timingSafeEqual } from 'node:crypto';

/** Minimal HS256 JSON Web Token signing and verification (RFC 7519), no external dependency. */
export interface JwtClaims {
  iss: string;
  aud: string;
  sub: string;
  exp: number;
  iat: number;
  [claim: string]: unknown;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function signature(secret: string, signingInput: string): Buffer {
  return createHmac('sha256', secret).update(signingInput).digest();
}

export function signJwt(claims: Omit<JwtClaims, 'iat' | 'exp'>, secret: string, ttlSeconds: number): string {
  const iat = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds }));
  return `${header}.${payload}.${base64url(signature(secret, `${header}.${payload}`))}`;
}

export class InvalidTokenError extends Error {}

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
  if (typeof claims.exp !== 'number' || claims.exp < Math.floor(Date.now() / 1000)) {
    throw new InvalidTokenError('token expired');
  }
  return claims;
}
