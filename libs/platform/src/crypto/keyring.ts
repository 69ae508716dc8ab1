import { createCipheriv, createDecipheriv } from 'node:crypto';
import { RandomPool } from './random-pool';

/** AES-256-GCM with 96-bit nonces and full 128-bit tags (shorter tags are refused when opening). */
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedParts {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  keyId: string;
}

export class UnreadableCiphertextError extends Error {}

/** `id:64-hex-key,id:64-hex-key` (retired keys still needed to open older values). */
export const KEY_LIST_FORMAT = /^[\w.-]{1,32}:[0-9a-fA-F]{64}(,[\w.-]{1,32}:[0-9a-fA-F]{64})*$/;
export const HEX_KEY_FORMAT = /^[0-9a-fA-F]{64}$/;

/**
 * Encryption at rest: every value is sealed under the current key with associated data that binds it
 * to its place (a row id, a field name), and names its key so that retired keys keep opening older values.
 */
export class Keyring {
  private readonly keys = new Map<string, Buffer>();
  private readonly nonces = new RandomPool();

  /** `previous` is a KEY_LIST_FORMAT list of retired keys. */
  constructor(
    private readonly currentKeyId: string,
    currentHexKey: string,
    previous?: string,
  ) {
    for (const entry of previous ? previous.split(',') : []) {
      const [id, hex] = entry.split(':');
      this.keys.set(id, Buffer.from(hex, 'hex'));
    }
    this.keys.set(currentKeyId, Buffer.from(currentHexKey, 'hex'));
  }

  seal(plaintext: string, associatedData: string): SealedParts {
    const iv = this.nonces.take(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.currentKeyId)!, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(Buffer.from(associatedData));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext, iv, authTag: cipher.getAuthTag(), keyId: this.currentKeyId };
  }

  open(sealed: SealedParts, associatedData: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new UnreadableCiphertextError(`encryption key ${sealed.keyId} is not configured`);
    if (sealed.authTag.length !== TAG_BYTES || sealed.iv.length !== IV_BYTES)
      throw new UnreadableCiphertextError('authentication tag or nonce of the wrong length');
    const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData));
    decipher.setAuthTag(sealed.authTag);
    try {
      return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new UnreadableCiphertextError('the ciphertext does not authenticate');
    }
  }

  /** One text value: `keyId.iv.tag.ciphertext` (base64url parts). */
  sealText(plaintext: string, associatedData: string): string {
    const { keyId, iv, authTag, ciphertext } = this.seal(plaintext, associatedData);
    return [keyId, iv, authTag, ciphertext]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  openText(sealed: string, associatedData: string): string {
    const [keyId, iv, authTag, ciphertext, ...rest] = sealed.split('.');
    if (ciphertext === undefined || rest.length > 0)
      throw new UnreadableCiphertextError('not a sealed value');
    const bytes = (part: string) => Buffer.from(part, 'base64url');
    return this.open(
      { keyId, iv: bytes(iv), authTag: bytes(authTag), ciphertext: bytes(ciphertext) },
      associatedData,
    );
  }
}
