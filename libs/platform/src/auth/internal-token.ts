import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { CallerIdentity } from '../logging/request-context';
import { callerOf } from './identity-token';

interface InternalKeys {
  masterKeyOf(text: string): { secret: Buffer; kid: string };
  /** A service's keys by key id, of its JWKS (`{"keys":[{"kty":"oct","kid":…,"k":…}]}`). */
  serviceKeysOf(text: string): Map<string, Buffer>;
  serviceSecretOf(master: { secret: Buffer; kid: string }, service: string): Buffer;
  /** `service`'s INTERNAL_VERIFY_KEYS under the master key `signingKey`. */
  serviceKeySetOf(signingKey: string, service: string): string;
  KEY_BYTES: number;
}
/**
 * How a service's key derives from the gateway's master key, defined once in
 * scripts/internal-keys.js (shipped in the image; `npm start` and `npm run secrets` use it too).
 * src/ and dist/ are at the same depth, so the path holds for both.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const internalKeys = require('../../../../scripts/internal-keys') as InternalKeys;

/** Header on every gateway → service call: a short-lived token carrying the caller's identity. */
export const INTERNAL_TOKEN_HEADER = 'x-sinergi-internal-token';

/** An internal token is good for this long, for the one call it was issued for. */
export const INTERNAL_TOKEN_TTL_SECONDS = 30;
const ISSUER = 'sinergi-gateway';
const ALGORITHM = 'HS256';
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

const hmac = (key: Buffer, input: string) => createHmac('sha256', key).update(input).digest();

/**
 * The gateway's side: holds the master key (INTERNAL_SIGNING_KEY, a JWK `{"kty":"oct",…}`) and
 * signs one token per call, a compact JWS (RFC 7515) HMAC-SHA256 under the key of the service it is
 * for (derived from the master key: scripts/internal-keys.js). A service holds only its own key, so
 * it cannot mint a token another service accepts.
 */
export class InternalTokenSigner {
  /** The protected header, the same for every token of this key, already base64url-encoded. */
  private readonly header: string;
  private readonly serviceKeys = new Map<string, Buffer>();

  private constructor(private readonly master: { secret: Buffer; kid: string }) {
    this.header = base64url(JSON.stringify({ alg: ALGORITHM, kid: master.kid, typ: 'JWT' }));
  }

  get keyId(): string {
    return this.master.kid;
  }

  static async fromKey(text: string): Promise<InternalTokenSigner> {
    try {
      return new InternalTokenSigner(internalKeys.masterKeyOf(text.trim()));
    } catch (error) {
      throw new Error(`the internal signing key ${(error as Error).message}`, { cause: error });
    }
  }

  async sign(caller: CallerIdentity, call: InternalCall): Promise<string> {
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
    return `${input}.${hmac(this.keyOf(call.service), input).toString('base64url')}`;
  }

  private keyOf(service: string): Buffer {
    let key = this.serviceKeys.get(service);
    if (!key) this.serviceKeys.set(service, (key = internalKeys.serviceSecretOf(this.master, service)));
    return key;
  }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** A verified token: the caller and the aggregate it was issued through. */
export interface VerifiedInternalToken {
  caller: CallerIdentity;
  via?: string;
  tokenId: string;
}

/** The segments of a compact JWS: base64url, no padding. */
const COMPACT_SEGMENT = /^[A-Za-z0-9_-]+$/;

const jsonObjectOf = (segment: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The ids of the tokens this process accepted, each kept until its token would be refused as expired
 * anyway: a token is good for one call. Ids are swept from the oldest, and tokens arrive roughly in
 * the order they were issued, so an id outlives its token by a few seconds at most.
 */
export class SpentTokenIds {
  /** Token id → the second from which its token is refused as expired. */
  private readonly until = new Map<string, number>();

  /** False when `id` was already spent; otherwise records it until `refusedFrom` (epoch seconds). */
  spend(id: string, refusedFrom: number, now: number): boolean {
    for (const [oldest, from] of this.until) {
      if (from > now) break;
      this.until.delete(oldest);
    }
    if (this.until.has(id)) return false;
    this.until.set(id, refusedFrom);
    return true;
  }

  get size(): number {
    return this.until.size;
  }
}

/**
 * A service's side: holds only its own keys (INTERNAL_VERIFY_KEYS, a JWKS of symmetric keys, each
 * selected by its `kid`; several during a rotation) and accepts a token only for itself and the very
 * call, once. Each instance of a service remembers the tokens it accepted: the gateway may send a
 * command's token again to another instance when the first one dies mid-call. The claims are
 * checked as jose's `jwtVerify` checks them (a test holds the two to the same decisions), without
 * a WebCrypto job per request.
 */
export class InternalTokenVerifier {
  private readonly spent = new SpentTokenIds();

  private constructor(private readonly keys: Map<string, Buffer>) {}

  static async fromKeys(text: string): Promise<InternalTokenVerifier> {
    try {
      return new InternalTokenVerifier(internalKeys.serviceKeysOf(text));
    } catch (error) {
      throw new Error(`INTERNAL_VERIFY_KEYS ${(error as Error).message}`, { cause: error });
    }
  }

  async verify(token: string, call: InternalCall): Promise<VerifiedInternalToken> {
    const { key, signed, signature, encodedPayload } = this.signedParts(token);
    const expected = hmac(key, signed);
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected))
      throw new InvalidInternalTokenError('signature verification failed');
    const payload = jsonObjectOf(encodedPayload);
    if (!payload) throw new InvalidInternalTokenError('its claims are not a JSON object');
    checkClaims(payload, call.service);
    if ((payload.exp as number) - (payload.iat as number) > INTERNAL_TOKEN_TTL_SECONDS)
      throw new InvalidInternalTokenError(`lives longer than ${INTERNAL_TOKEN_TTL_SECONDS} s`);
    if (payload.method !== call.method || payload.path !== call.path)
      throw new InvalidInternalTokenError(
        `issued for ${String(payload.method)} ${String(payload.path)}, not ${call.method} ${call.path}`,
      );
    const expires = payload.exp as number;
    if (!this.spent.spend(payload.jti as string, expires + CLOCK_SKEW_SECONDS, Math.floor(Date.now() / 1000)))
      throw new InvalidInternalTokenError('already used: a token is good for one call');
    return {
      caller: callerOf(payload),
      via: typeof payload.via === 'string' ? payload.via : undefined,
      tokenId: payload.jti as string,
    };
  }

  /** The key a compact JWS names and what it signs, once its form and header are checked. */
  private signedParts(token: string) {
    const segments = token.split('.');
    if (segments.length !== 3 || !segments.every((segment) => COMPACT_SEGMENT.test(segment)))
      throw new InvalidInternalTokenError('not a compact JWS');
    const [encodedHeader, encodedPayload, signature] = segments;
    const header = jsonObjectOf(encodedHeader);
    if (!header) throw new InvalidInternalTokenError('its header is not a JSON object');
    if (header.alg !== ALGORITHM)
      throw new InvalidInternalTokenError('"alg" (Algorithm) Header Parameter value not allowed');
    if (header.crit !== undefined || header.b64 !== undefined)
      throw new InvalidInternalTokenError('carries header parameters not understood');
    const key = typeof header.kid === 'string' ? this.keys.get(header.kid) : undefined;
    if (!key) throw new InvalidInternalTokenError(`unknown key id ${String(header.kid ?? '(none)')}`);
    return {
      key,
      signed: `${encodedHeader}.${encodedPayload}`,
      signature: Buffer.from(signature, 'base64url'),
      encodedPayload,
    };
  }
}

/** The registered claims, as jose checks them with this module's options. */
function checkClaims(payload: Record<string, unknown>, audience: string): void {
  for (const claim of ['sub', 'jti', 'iat', 'exp', 'iss', 'aud'])
    if (payload[claim] === undefined)
      throw new InvalidInternalTokenError(`missing required "${claim}" claim`);
  if (payload.iss !== ISSUER) throw new InvalidInternalTokenError('unexpected "iss" claim value');
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(audience)) throw new InvalidInternalTokenError('unexpected "aud" claim value');
  if (typeof payload.sub !== 'string' || typeof payload.jti !== 'string')
    throw new InvalidInternalTokenError('"sub" and "jti" claims must be strings');
  const now = Math.floor(Date.now() / 1000);
  for (const claim of ['iat', 'nbf', 'exp'])
    if (payload[claim] !== undefined && typeof payload[claim] !== 'number')
      throw new InvalidInternalTokenError(`"${claim}" claim must be a number`);
  const [issuedAt, expires] = [payload.iat as number, payload.exp as number];
  if (typeof payload.nbf === 'number' && payload.nbf > now + CLOCK_SKEW_SECONDS)
    throw new InvalidInternalTokenError('"nbf" claim timestamp check failed');
  if (expires <= now - CLOCK_SKEW_SECONDS)
    throw new InvalidInternalTokenError('"exp" claim timestamp check failed');
  const age = now - issuedAt;
  if (age - CLOCK_SKEW_SECONDS > INTERNAL_TOKEN_TTL_SECONDS)
    throw new InvalidInternalTokenError('"iat" claim timestamp check failed (too far in the past)');
  if (age < -CLOCK_SKEW_SECONDS)
    throw new InvalidInternalTokenError('"iat" claim timestamp check failed (it should be in the past)');
}
