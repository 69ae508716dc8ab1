import type { CallerIdentity } from '../logging/request-context';
import { signJwt, verifyJwt } from './jwt';

/** The caller a token's claims name: client (`sub`), agency, roles, and the person when there is one. */
export function callerOf(claims: Record<string, unknown>): CallerIdentity {
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
  const person =
    typeof claims.userId === 'string'
      ? { userId: claims.userId, userName: typeof claims.userName === 'string' ? claims.userName : undefined }
      : {};
  return { clientId: String(claims.sub), agencyCode: String(claims.agencyCode ?? ''), roles, ...person };
}

/**
 * Signed tokens carrying a caller's identity (client, agency, roles, and for a signed-in person
 * their user id and name) for one issuer and audience.
 */
export function identityTokens(issuer: string, audience: string) {
  return {
    issue(caller: CallerIdentity, secret: string, ttlSeconds: number): Promise<string> {
      return signJwt(
        {
          iss: issuer,
          aud: audience,
          sub: caller.clientId,
          agencyCode: caller.agencyCode,
          roles: caller.roles,
          ...(caller.userId ? { userId: caller.userId, userName: caller.userName } : {}),
        },
        secret,
        ttlSeconds,
      );
    },
    async read(token: string, secret: string): Promise<CallerIdentity> {
      return (await this.verify(token, secret)).caller;
    },
    /** The caller and the token's own claims (issued-at, id). */
    async verify(
      token: string,
      secret: string,
    ): Promise<{ caller: CallerIdentity; issuedAt: number; tokenId: string }> {
      const claims = await verifyJwt(token, secret, issuer, audience);
      return {
        caller: callerOf(claims),
        issuedAt: claims.iat,
        tokenId: claims.jti,
      };
    },
  };
}
