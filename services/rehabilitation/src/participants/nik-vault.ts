import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Keyring, SERVICE_ENV, type SealedParts } from '@sinergi/platform';
import type { RehabilitationEnv } from '../config/rehabilitation-env';

export type EncryptedNik = SealedParts;

/** Personal data of a participant kept only sealed, besides the NIK. */
export type SealedField = 'fullName' | 'birthDate';

/**
 * Personal data at rest: the NIK, full name and birth date are AES-256-GCM ciphertexts under the
 * current key, bound to their participant (and field) as associated data so that a ciphertext cannot
 * be moved to another row; an HMAC-SHA256 keyed hash under a separate key finds a NIK. Values name
 * their key, so retired keys keep decrypting older rows.
 */
@Injectable()
export class NikVault {
  private readonly keyring: Keyring;
  private readonly hashKey: string;

  constructor(@Inject(SERVICE_ENV) env: RehabilitationEnv) {
    this.keyring = new Keyring(
      env.NIK_ENCRYPTION_KEY_ID,
      env.NIK_ENCRYPTION_KEY,
      env.NIK_PREVIOUS_ENCRYPTION_KEYS,
    );
    this.hashKey = env.NIK_HASH_KEY;
  }

  encrypt(nik: string, participantId: string): EncryptedNik {
    return this.keyring.seal(nik, participantId);
  }

  decrypt(encrypted: EncryptedNik, participantId: string): string {
    return this.keyring.open(encrypted, participantId);
  }

  seal(field: SealedField, value: string, participantId: string): string {
    return this.keyring.sealText(value, `${participantId}:${field}`);
  }

  open(field: SealedField, sealed: string, participantId: string): string {
    return this.keyring.openText(sealed, `${participantId}:${field}`);
  }

  lookupHash(nik: string): string {
    return createHmac('sha256', this.hashKey).update(nik).digest('hex');
  }
}
