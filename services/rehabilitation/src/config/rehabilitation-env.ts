import { IsNotEmpty, IsOptional, Matches, MinLength } from 'class-validator';
import { HEX_KEY_FORMAT, KEY_LIST_FORMAT, SecretVariable, InternalServiceEnv } from '@sinergi/platform';

export class RehabilitationEnv extends InternalServiceEnv {
  /** AES-256-GCM key encrypting the NIK, full name and birth date of participants at rest. */
  @SecretVariable()
  @Matches(HEX_KEY_FORMAT, { message: 'must be 64 hex characters (a 256-bit key)' })
  NIK_ENCRYPTION_KEY!: string;

  /** Stored beside every ciphertext so keys can be rotated. */
  @Matches(/^[\w.-]{1,32}$/, { message: 'must be a short key identifier' })
  NIK_ENCRYPTION_KEY_ID = 'k1';

  /** Retired keys still needed to read older rows: `id:hex,id:hex`. */
  @IsOptional()
  @Matches(KEY_LIST_FORMAT, {
    message: 'must be a comma-separated list of id:64-hex-key',
  })
  NIK_PREVIOUS_ENCRYPTION_KEYS?: string;

  /** HMAC-SHA256 key of the NIK lookup hash, a secret of its own (never rotated without re-hashing every row). */
  @SecretVariable()
  @IsNotEmpty({ message: 'is required (keyed hash for NIK lookups)' })
  @MinLength(32, { message: 'must be at least 32 characters' })
  NIK_HASH_KEY!: string;
}
