import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** The internal signing key as given: an Ed25519 private key in PKCS8 PEM or as a JWK. */
function privateKeyOf(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('{')
    ? createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' })
    : createPrivateKey(trimmed);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  return key;
}

/** The public keys of a JWKS (`{"keys":[…]}`), each an Ed25519 public JWK. */
function publicKeysOf(text: string): JsonWebKey[] {
  const { keys } = JSON.parse(text) as { keys?: JsonWebKey[] };
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('no keys');
  for (const jwk of keys) {
    if (jwk.d !== undefined) throw new Error('a private key');
    if (createPublicKey({ key: jwk, format: 'jwk' }).asymmetricKeyType !== 'ed25519')
      throw new Error('not an Ed25519 key');
  }
  return keys;
}

/**
 * The public halves (`x`) of every Ed25519 key in a signing key or a JWKS; empty when the value
 * is neither (validation reports that).
 */
export function publicKeyHalves(text: string): string[] {
  try {
    if (text.trim().startsWith('{') && text.includes('"keys"')) return publicKeysOf(text).map((k) => k.x!);
    return [createPublicKey(privateKeyOf(text)).export({ format: 'jwk' }).x!];
  } catch {
    return [];
  }
}

@ValidatorConstraint({ name: 'ed25519PrivateKey' })
export class Ed25519PrivateKey implements ValidatorConstraintInterface {
  validate(value: unknown) {
    try {
      return typeof value === 'string' && privateKeyOf(value) !== undefined;
    } catch {
      return false;
    }
  }
  defaultMessage() {
    return 'must be an Ed25519 private key (PKCS8 PEM or JWK)';
  }
}

@ValidatorConstraint({ name: 'ed25519PublicKeySet' })
export class Ed25519PublicKeySet implements ValidatorConstraintInterface {
  validate(value: unknown) {
    try {
      return typeof value === 'string' && publicKeysOf(value).length > 0;
    } catch {
      return false;
    }
  }
  defaultMessage() {
    return 'must be a JWKS of Ed25519 public keys ({"keys":[{"kty":"OKP","crv":"Ed25519","x":…,"kid":…}]})';
  }
}
