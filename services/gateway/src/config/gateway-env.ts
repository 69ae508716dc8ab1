import { Transform } from 'class-transformer';
import {
  isURL,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidateBy,
} from 'class-validator';
import {
  InternalSigningKey,
  HEX_KEY_FORMAT,
  KEY_LIST_FORMAT,
  NoDevelopmentKeys,
  SecretVariable,
  ServiceEnv,
} from '@sinergi/platform';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const serviceUrl = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/** One base URL per instance of a service, comma-separated; calls are spread over them. */
const IsServiceUrls = () =>
  ValidateBy({
    name: 'isServiceUrls',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && value.split(',').every((url) => isURL(url.trim(), serviceUrl)),
      defaultMessage: () => 'must be one or more comma-separated http(s) URLs, one per instance',
    },
  });

export class GatewayEnv extends ServiceEnv {
  @SecretVariable()
  @MinLength(32, { message: 'must be at least 32 characters (signs the public access tokens)' })
  JWT_SECRET!: string;

  /**
   * The master key of internal tokens, a JWK `{"kty":"oct","kid":…,"k":…}`; only the gateway holds
   * it. The token of every call to a service is signed with the key derived from it for that service,
   * the one that service holds (its INTERNAL_VERIFY_KEYS).
   */
  @SecretVariable()
  @NoDevelopmentKeys()
  @Validate(InternalSigningKey)
  INTERNAL_SIGNING_KEY!: string;

  @MinLength(3)
  ADMIN_CLIENT_ID!: string;

  @SecretVariable()
  @MinLength(12, { message: 'must be at least 12 characters' })
  ADMIN_CLIENT_SECRET!: string;

  /** AES-256-GCM key of the answers kept for Idempotency-Key replays (64 hex characters). */
  @SecretVariable()
  @Matches(HEX_KEY_FORMAT, { message: 'must be 64 hex characters (a 256-bit key)' })
  IDEMPOTENCY_ENCRYPTION_KEY!: string;

  /** Retired idempotency keys, `id:hex,…` (id = first 8 hex of the key's SHA-256), for 24 hours after a rotation. */
  @IsOptional()
  @Matches(KEY_LIST_FORMAT, { message: 'must be a comma-separated list of id:64-hex-key' })
  IDEMPOTENCY_PREVIOUS_ENCRYPTION_KEYS?: string;

  @IsServiceUrls() AGREEMENTS_URL = 'http://127.0.0.1:3001';
  @IsServiceUrls() REHABILITATION_URL = 'http://127.0.0.1:3002';
  @IsServiceUrls() REINTEGRATION_URL = 'http://127.0.0.1:3003';
  @IsServiceUrls() BUDGETING_URL = 'http://127.0.0.1:3004';
  @IsServiceUrls() NOTIFICATIONS_URL = 'http://127.0.0.1:3005';

  @Transform(toInt) @IsInt() @Min(60) @Max(86_400) TOKEN_TTL_SECONDS = 900;

  /** Requests per client per minute, counted across all gateway replicas. */
  @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_PER_MINUTE = 600;

  @Transform(toInt) @IsInt() @Min(100) SERVICE_TIMEOUT_MS = 10_000;

  /** Past one-minute rate-limit windows are kept this long (2 at least: the current and the last). */
  @Transform(toInt) @IsInt() @Min(2) RATE_LIMIT_RETENTION_MINUTES = 5;

  /** How long an aggregate waits for each service before listing it as degraded. */
  @Transform(toInt) @IsInt() @Min(50) AGGREGATE_DEADLINE_MS = 1_500;

  /** log2 of scrypt's cost N for passwords (17 = OWASP's 128 MiB); stored with each hash. */
  @Transform(toInt) @IsInt() @Min(14) @Max(20) PASSWORD_HASH_COST = 17;

  /** A browser session ends after this long without a request, and in any case after SESSION_MAX_HOURS. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1440) SESSION_IDLE_MINUTES = 30;
  @Transform(toInt) @IsInt() @Min(1) @Max(168) SESSION_MAX_HOURS = 12;

  /** When set (smtp://user:pass@host:587), invitation and reset codes are mailed instead of returned. */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'] }) SMTP_URL?: string;
  @IsOptional() @IsString() SMTP_FROM = 'Sinergi <no-reply@sinergi.local>';

  /** Comma-separated origins allowed by CORS; empty allows none. */
  @IsOptional() @IsString() CORS_ORIGINS = '';

  /** The built web console; empty means services/console/dist of this checkout or image. */
  @IsOptional() @IsString() CONSOLE_DIR = '';
}

export const GATEWAY_ENV = Symbol('GATEWAY_ENV');
