// The keys of internal tokens (docs/SECURITY.md, "Gateway → service trust"): the gateway holds one
// master key, INTERNAL_SIGNING_KEY, a JWK `{"kty":"oct","k":…,"kid":…}`; each service holds only the
// key derived from it for that service (HKDF-SHA256, the service's name as context), in its
// INTERNAL_VERIFY_KEYS, a JWKS. A token is an HMAC (HS256) under its audience's key: a service
// cannot mint a token that another service accepts. Shared by the gateway, the services,
// `npm start` and `npm run secrets` (plain CommonJS, shipped in the image).
const { hkdfSync, randomBytes } = require('node:crypto');

/** Bytes of the master key and of every key derived from it. */
const KEY_BYTES = 32;

const JWK_SHAPE = '{"kty":"oct","kid":…,"k":…}';

const parsed = (text, what) => {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`is not JSON (${what})`);
  }
};

/** What is wrong with a key, said of one key (the master) or of the keys of a set. */
const OF_ONE = {
  shape: `is not a symmetric JWK (${JWK_SHAPE})`,
  kid: 'needs a "kid"',
  bytes: `its "k" must hold at least ${KEY_BYTES} bytes`,
};
const OF_SET = {
  shape: `must hold symmetric keys (${JWK_SHAPE})`,
  kid: 'needs a "kid" on every key',
  bytes: `its keys must hold at least ${KEY_BYTES} bytes`,
};

/** A symmetric JWK's key id and bytes; throws with the reason (`says`) when it is not one. */
function keyOf(jwk, says) {
  if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'oct' || typeof jwk.k !== 'string')
    throw new Error(says.shape);
  if (typeof jwk.kid !== 'string' || jwk.kid === '') throw new Error(says.kid);
  const secret = Buffer.from(jwk.k, 'base64url');
  if (secret.length < KEY_BYTES) throw new Error(says.bytes);
  return { secret, kid: jwk.kid };
}

/** The master key of a JWK's text; throws with the reason when it is not one. */
function masterKeyOf(text) {
  return keyOf(parsed(text, `a JWK ${JWK_SHAPE}`), OF_ONE);
}

/** A service's keys, by key id, of a JWKS's text (`{"keys":[…]}`); throws with the reason. */
function serviceKeysOf(text) {
  const keys = parsed(text, `a JWKS {"keys":[${JWK_SHAPE}]}`)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('holds no key ({"keys":[…]})');
  const byId = new Map();
  for (const jwk of keys) {
    const { secret, kid } = keyOf(jwk, OF_SET);
    if (byId.has(kid)) throw new Error(`holds two keys with the id ${kid}`);
    byId.set(kid, secret);
  }
  return byId;
}

/** The key of `service`'s tokens under a master key: the same bytes wherever it is derived. */
function serviceSecretOf(master, service) {
  return Buffer.from(hkdfSync('sha256', master.secret, '', `sinergi internal token: ${service}`, KEY_BYTES));
}

/** The JWK of `service`'s key under the master key of `signingKey` (its key id is the master's). */
function serviceKeyOf(signingKey, service) {
  const master = masterKeyOf(signingKey);
  return { kty: 'oct', kid: master.kid, k: serviceSecretOf(master, service).toString('base64url') };
}

/** `service`'s INTERNAL_VERIFY_KEYS for a gateway signing with `signingKey`. */
function serviceKeySetOf(signingKey, service) {
  return JSON.stringify({ keys: [serviceKeyOf(signingKey, service)] });
}

/** A fresh master key, with a random key id (nothing derived from the key). */
function freshSigningKey() {
  return JSON.stringify({
    kty: 'oct',
    kid: randomBytes(12).toString('base64url'),
    k: randomBytes(KEY_BYTES).toString('base64url'),
  });
}

module.exports = {
  KEY_BYTES,
  masterKeyOf,
  serviceKeysOf,
  serviceSecretOf,
  serviceKeyOf,
  serviceKeySetOf,
  freshSigningKey,
};
