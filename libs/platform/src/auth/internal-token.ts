import {
  createPrivateKey,
  createPublicKey,
  randomUUID,
  sign as signEd25519,
  type KeyObject as NodeKeyObject,
} from 'node:crypto';
import {
  calculateJwkThumbprint,
  importJWK,
  jwtVerify,
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

/**
 * The gateway's side: signs one token per call with its Ed25519 private key (PKCS8 PEM or JWK).
 * A compact JWS (RFC 7515) signed with node:crypto's one-shot Ed25519 signature: synchronous, it
 * costs a third of a WebCrypto job on the request path; the services verify it with jose.
 */
export class InternalTokenSigner {
  /** The protected header, the same for every token of this key, already base64url-encoded. */
  private readonly header: string;

  private constructor(
    private readonly key: NodeKeyObject,
    readonly keyId: string,
  ) {
    this.header = base64url(JSON.stringify({ alg: ALGORITHM, kid: keyId, typ: 'JWT' }));
  }

  static async fromKey(text: string): Promise<InternalTokenSigner> {
    const trimmed = text.trim();
    let key: NodeKeyObject;
    try {
      key = trimmed.startsWith('{')
        ? createPrivateKey({ key: JSON.parse(trimmed) as JWK & { kty: string }, format: 'jwk' })
        : createPrivateKey(trimmed);
    } catch (error) {
      throw new Error(`the internal signing key cannot be read: ${(error as Error).message}`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
      throw new Error('the internal signing key must be an Ed25519 private key');
    const publicJwk = createPublicKey(key).export({ format: 'jwk' }) as JWK;
    const given = trimmed.startsWith('{') ? (JSON.parse(trimmed) as JWK).kid : undefined;
    return new InternalTokenSigner(key, given ?? (await keyIdOf(publicJwk)));
  }

  sign(caller: CallerIdentity, call: InternalCall): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const payload = base64url(
      JSON.stringify({
        agencyCode: caller.agencyCode,
        roles: caller.roles,
        ...(caller.userId ? { userId: caller.userId, userName: caller.userName } : {}),
        method: call.method,
        path: call.path,
        ...(call.via ? { via: call.via } : {}),
        iss: ISSUER,
        aud: call.service,
        sub: caller.clientId,
        jti: randomUUID(),
        iat: now,
        nbf: now,
        exp: now + INTERNAL_TOKEN_TTL_SECONDS,
      }),
    );
    const input = `${this.header}.${payload}`;
    const signature = signEd25519(null, Buffer.from(input), this.key).toString('base64url');
    return Promise.resolve(`${input}.${signature}`);
  }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

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
