import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_ENV } from '@sinergi/platform';
import type { RehabilitationEnv } from '../config/rehabilitation-env';

export interface EncryptedNik {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  keyId: string;
}

/**
 * NIK protection at rest: AES-256-GCM under the current key (the participant id is the
 * associated data, so a ciphertext cannot be moved to another row), and an HMAC-SHA256 keyed
 * hash for look-ups. Rows name their key, so retired keys keep decrypting older rows.
 */
@Injectable()
export class NikVault {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentKeyId: string;
  private readonly hashKey: string;

  constructor(@Inject(SERVICE_ENV) env: RehabilitationEnv) {
    for (const entry of env.NIK_PREVIOUS_ENCRYPTION_KEYS?.split(',') ?? []) {
      const [id, hex] = entry.split(':');
      this.keys.set(id, Buffer.from(hex, 'hex'));
    }
    this.currentKeyId = env.NIK_ENCRYPTION_KEY_ID;
    this.keys.set(this.currentKeyId, Buffer.from(env.NIK_ENCRYPTION_KEY, 'hex'));
    this.hashKey = env.NIK_HASH_KEY;
  }

  encrypt(nik: string, participantId: string): EncryptedNik {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(participantId));
    const ciphertext = Buffer.concat([cipher.update(nik, 'utf8'), cipher.final()]);
    return { ciphertext, iv, authTag: cipher.getAuthTag(), keyId: this.currentKeyId };
  }

  decrypt(encrypted: EncryptedNik, participantId: string): string {
    const key = this.keys.get(encrypted.keyId);
    if (!key) throw new Error(`NIK encryption key ${encrypted.keyId} is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, encrypted.iv);
    decipher.setAAD(Buffer.from(participantId));
    decipher.setAuthTag(encrypted.authTag);
    return Buffer.concat([decipher.update(encrypted.ciphertext), decipher.final()]).toString('utf8');
  }

  lookupHash(nik: string): string {
    return createHmac('sha256', this.hashKey).update(nik).digest('hex');
  }
}
