import type { CallerIdentity } from '../logging/request-context';
import { signJwt, verifyJwt } from './jwt';

/** Header on every gateway → service call: a short-lived token carrying the caller's identity. */
export const INTERNAL_TOKEN_HEADER = 'x-sinergi-internal-token';

const ISSUER = 'sinergi-gateway';
const AUDIENCE = 'sinergi-services';
const TTL_SECONDS = 60;

export function issueInternalToken(caller: CallerIdentity, secret: string): string {
  return signJwt(
    { iss: ISSUER, aud: AUDIENCE, sub: caller.clientId, agencyCode: caller.agencyCode, roles: caller.roles },
    secret,
    TTL_SECONDS,
  );
}

export function readInternalToken(token: string, secret: string): CallerIdentity {
  const claims = verifyJwt(token, secret, ISSUER, AUDIENCE);
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return { clientId: claims.sub, agencyCode: String(claims.agencyCode ?? ''), roles };
}
