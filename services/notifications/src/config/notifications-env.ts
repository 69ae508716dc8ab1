import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { HEX_KEY_FORMAT, InternalServiceEnv, KEY_LIST_FORMAT, SecretVariable } from '@sinergi/platform';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true'
      ? true
      : value === false || value === 'false'
        ? false
        : value;

export class NotificationsEnv extends InternalServiceEnv {
  /** AES-256-GCM key sealing the webhooks' signing secrets at rest (64 hex characters). */
  @SecretVariable()
  @Matches(HEX_KEY_FORMAT, { message: 'must be 64 hex characters (a 256-bit key)' })
  WEBHOOK_SECRET_KEY!: string;

  /** Stored beside every sealed secret so the key can be rotated. */
  @Matches(/^[\w.-]{1,32}$/, { message: 'must be a short key identifier' })
  WEBHOOK_SECRET_KEY_ID = 'k1';

  /** Retired keys still needed to open older secrets: `id:hex,id:hex`. */
  @IsOptional()
  @Matches(KEY_LIST_FORMAT, { message: 'must be a comma-separated list of id:64-hex-key' })
  WEBHOOK_PREVIOUS_SECRET_KEYS?: string;

  /**
   * For local tests only: accept `http://` URLs and hosts that resolve to loopback or private
   * addresses (a receiver on the developer's machine). Never in production.
   */
  @Transform(toBoolean) @IsBoolean() WEBHOOK_ALLOW_PRIVATE_URLS = false;

  /** Delay before the first retry; each further retry waits twice as long, up to WEBHOOK_RETRY_MAX_DELAY_MS. */
  @Transform(toInt) @IsInt() @Min(1) WEBHOOK_RETRY_BASE_MS = 30_000;
  @Transform(toInt) @IsInt() @Min(1) WEBHOOK_RETRY_MAX_DELAY_MS = 2 * 3_600_000;

  /** A delivery not accepted within this long after it was created is marked FAILED (24 h). */
  @Transform(toInt) @IsInt() @Min(1) WEBHOOK_RETRY_WINDOW_MS = 24 * 3_600_000;

  /** How long a receiver has to answer one attempt. */
  @Transform(toInt) @IsInt() @Min(100) @Max(60_000) WEBHOOK_TIMEOUT_MS = 10_000;

  /** How often the delivery worker looks for due deliveries, and how many it sends at once. */
  @Transform(toInt) @IsInt() @Min(10) WEBHOOK_POLL_INTERVAL_MS = 1_000;
  @Transform(toInt) @IsInt() @Min(1) @Max(500) WEBHOOK_BATCH_SIZE = 20;

  /** Finished deliveries (succeeded or failed) and their attempts are kept this long. */
  @Transform(toInt) @IsInt() @Min(1) WEBHOOK_DELIVERY_RETENTION_DAYS = 30;
}
