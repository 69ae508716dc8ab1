import { randomUUID } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  importJWK,
  importPKCS8,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
  type KeyObject,
} from 'jose';
import type { CallerIdentity } from '../logging/request-context';
import { callerOf } from './identity-token';

/** Header on every gateway → service call: a short-lived token carrying the caller's identity. */
export const INTERNAL_TOKEN_HEADER = 'x-sinergi-internal-token';

/** An internal token is good for this long, for the one call it was issued for. */
export const INTERNAL_TOKEN_TTL_SECONDS = 30;
const ISSUER = 'sinergi-gateway';
const ALGORITHM = 'EdDSA';
/** Clocks of the gateway and the services may differ this much. */
const CLOCK_SKEW_SECONDS = 5;

/** The one call a token is for: the service (audience), the method and the path it is sent to. */
export interface InternalCall {
  service: string;
  method: string;
  /** The path the service receives, without the query. */
  path: string;
  /** The gateway aggregate (`GET /dashboard`) on whose behalf a route is read, when there is one. */
  via?: string;
}

export class InvalidInternalTokenError extends Error {}

type Key = CryptoKey | KeyObject | Uint8Array;

/** The key id: the JWK's own `kid`, else its RFC 7638 thumbprint. */
const keyIdOf = async (jwk: JWK) => jwk.kid ?? (await calculateJwkThumbprint(jwk));

/** The gateway's side: signs one token per call with its Ed25519 private key (PKCS8 PEM or JWK). */
export class InternalTokenSigner {
  private constructor(
    private readonly key: Key,
    readonly keyId: string,
  ) {}

  static async fromKey(text: string): Promise<InternalTokenSigner> {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
      const jwk = JSON.parse(trimmed) as JWK;
      if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d)
        throw new Error('the internal signing key must be an Ed25519 private key');
      const { d: _private, ...publicJwk } = jwk;
      return new InternalTokenSigner(await importJWK(jwk, ALGORITHM), await keyIdOf(publicJwk));
    }
    const key = await importPKCS8(trimmed, ALGORITHM, { extractable: true });
    const { d: _private, ...publicJwk } = await exportJWK(key);
    return new InternalTokenSigner(key, await keyIdOf(publicJwk));
  }

  sign(caller: CallerIdentity, call: InternalCall): Promise<string> {
    return new SignJWT({
      agencyCode: caller.agencyCode,
      roles: caller.roles,
      ...(caller.userId ? { userId: caller.userId, userName: caller.userName } : {}),
      method: call.method,
      path: call.path,
      ...(call.via ? { via: call.via } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.keyId, typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(call.service)
      .setSubject(caller.clientId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`)
      .sign(this.key);
  }
}

/** A verified token: the caller and the aggregate it was issued through. */
export interface VerifiedInternalToken {
  caller: CallerIdentity;
  via?: string;
  tokenId: string;
}

/**
 * A service's side: holds only the gateway's public keys (a JWKS, `{"keys":[…]}`, each selected
 * by its `kid`; several during a rotation) and accepts a token only for itself and the very call.
 */
export class InternalTokenVerifier {
  private constructor(private readonly keys: Map<string, Key>) {}

  static async fromKeys(text: string): Promise<InternalTokenVerifier> {
    const { keys } = JSON.parse(text) as { keys?: JWK[] };
    if (!Array.isArray(keys) || keys.length === 0) throw new Error('no internal verification key');
    const entries = await Promise.all(
      keys.map(async (jwk): Promise<[string, Key]> => {
        if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || jwk.d)
          throw new Error('internal verification keys must be Ed25519 public keys');
        return [await keyIdOf(jwk), await importJWK(jwk, ALGORITHM)];
      }),
    );
    return new InternalTokenVerifier(new Map(entries));
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  async verify(token: string, call: InternalCall): Promise<VerifiedInternalToken> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(
        token,
        (header) => {
          const key = header.kid === undefined ? undefined : this.keys.get(header.kid);
          if (!key) throw new InvalidInternalTokenError(`unknown key id ${header.kid ?? '(none)'}`);
          return key;
        },
        {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          audience: call.service,
          requiredClaims: ['sub', 'jti', 'iat', 'exp'],
          maxTokenAge: INTERNAL_TOKEN_TTL_SECONDS,
          clockTolerance: CLOCK_SKEW_SECONDS,
        },
      ));
    } catch (error) {
      if (error instanceof InvalidInternalTokenError) throw error;
      throw new InvalidInternalTokenError((error as Error).message);
    }
    if ((payload.exp as number) - (payload.iat as number) > INTERNAL_TOKEN_TTL_SECONDS)
      throw new InvalidInternalTokenError(`lives longer than ${INTERNAL_TOKEN_TTL_SECONDS} s`);
    if (payload.method !== call.method || payload.path !== call.path)
      throw new InvalidInternalTokenError(
        `issued for ${String(payload.method)} ${String(payload.path)}, not ${call.method} ${call.path}`,
      );
    return {
      caller: callerOf(payload),
      via: typeof payload.via === 'string' ? payload.via : undefined,
      tokenId: payload.jti!,
    };
  }
}
