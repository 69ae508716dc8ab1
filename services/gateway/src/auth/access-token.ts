import type { CallerIdentity } from '@sinergi/platform';
import { signJwt, verifyJwt } from '@sinergi/platform';

const ISSUER = 'sinergi-gateway';
const AUDIENCE = 'sinergi-api';

/** Short-lived public access tokens carrying the client's agency and roles. */
export function issueAccessToken(caller: CallerIdentity, secret: string, ttlSeconds: number): string {
  return signJwt(
    { iss: ISSUER, aud: AUDIENCE, sub: caller.clientId, agencyCode: caller.agencyCode, roles: caller.roles },
    secret,
    ttlSeconds,
  );
}

export function readAccessToken(token: string, secret: string): CallerIdentity {
  const claims = verifyJwt(token, secret, ISSUER, AUDIENCE);
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return { clientId: claims.sub, agencyCode: String(claims.agencyCode ?? ''), roles };
}
