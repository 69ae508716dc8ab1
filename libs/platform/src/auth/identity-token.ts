import type { CallerIdentity } from '../logging/request-context';
import { CLOCK_SKEW_SECONDS, signJwt, verifyJwt } from './jwt';

/** How many verified tokens one issuer/audience pair remembers; the oldest is forgotten first. */
export const VERIFIED_TOKENS_KEPT = 10_000;

interface VerifiedToken {
  /** The secret the token was verified with: the same token under another secret is verified again. */
  secret: string;
  /** Until when (epoch seconds, clock skew included) jose would still accept it. */
  acceptedUntil: number;
  caller: CallerIdentity;
  issuedAt: number;
  tokenId: string;
}

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

/** A caller of its own for each request, so that no request can change what the next one is told. */
const copyOf = (caller: CallerIdentity): CallerIdentity => ({ ...caller, roles: [...caller.roles] });

/**
 * Signed tokens carrying a caller's identity (client, agency, roles, and for a signed-in person
 * their user id and name) for one issuer and audience.
 */
export function identityTokens(issuer: string, audience: string) {
  // A token's signature and claims are checked once (an HMAC and a claims check per request were a
  // fifth of the gateway's CPU): the same token string verified again with the same secret is only
  // checked for expiry, until jose itself would refuse it. Revocation stays the caller's check.
  const verified = new Map<string, VerifiedToken>();
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
      const known = verified.get(token);
      if (known && known.secret === secret && Date.now() / 1000 < known.acceptedUntil)
        return { caller: copyOf(known.caller), issuedAt: known.issuedAt, tokenId: known.tokenId };
      if (known) verified.delete(token);
      const claims = await verifyJwt(token, secret, issuer, audience);
      const entry: VerifiedToken = {
        secret,
        acceptedUntil: claims.exp + CLOCK_SKEW_SECONDS,
        caller: callerOf(claims),
        issuedAt: claims.iat,
        tokenId: claims.jti,
      };
      if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
      verified.set(token, entry);
      return { caller: copyOf(entry.caller), issuedAt: entry.issuedAt, tokenId: entry.tokenId };
    },
  };
}
