import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/** HS256 JSON Web Tokens (RFC 7519) signed and verified with jose. */
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

const ALGORITHM = 'HS256';
/** Clocks of the replicas may differ this much. */
export const CLOCK_SKEW_SECONDS = 5;
const keyOf = (secret: string) => new TextEncoder().encode(secret);

export async function signJwt(
  claims: { iss: string; aud: string; sub: string; [claim: string]: unknown },
  secret: string,
  ttlSeconds: number,
): Promise<string> {
  const { iss, aud, sub, ...rest } = claims;
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT(rest)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(iss)
    .setAudience(aud)
    .setSubject(sub)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(keyOf(secret));
}

export class InvalidTokenError extends Error {}

/** What a refused token is told, by jose's error code. */
const REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'token expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'bad signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'unexpected algorithm',
};

/** Returns the claims of a valid, unexpired token issued by `issuer` for `audience`; throws otherwise. */
export async function verifyJwt(
  token: string,
  secret: string,
  issuer: string,
  audience: string,
): Promise<JwtClaims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [ALGORITHM],
      issuer,
      audience,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
    });
    return payload as JwtClaims;
  } catch (error) {
    if (!(error instanceof errors.JOSEError)) throw error;
    if (error instanceof errors.JWTClaimValidationFailed) {
      const claim = error.claim;
      throw new InvalidTokenError(
        claim === 'iss' || claim === 'aud' ? 'wrong issuer or audience' : `invalid claim ${claim}`,
      );
    }
    throw new InvalidTokenError(REASONS[error.code] ?? 'malformed token');
  }
}
