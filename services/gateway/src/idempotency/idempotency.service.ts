import { BadRequestException, Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DomainError, Keyring, UnreadableCiphertextError } from '@sinergi/platform';
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { ServiceUnavailableError } from '../routing/service-client';

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
  replayed: boolean;
}

type Produce = () => Promise<Omit<StoredResponse, 'replayed'>>;

export interface IdempotencyOptions {
  /** False when the answer carries a secret (a client secret, a one-time code): it is never stored. */
  keepResponse: boolean;
}

/**
 * `Idempotency-Key` on POST: the first response is stored per client and key; a repeat with the same
 * request gets it back unchanged, a repeat with a different request gets 409.
 *
 * A forwarded command that timed out may still commit in its service, so its key stays claimed and
 * "in doubt" rather than freed: a retry with the same request is forwarded again with the same key,
 * and the service, which recorded the key with the effect, answers with the first run's result.
 *
 * Nothing personal is kept in plain text: stored answers are AES-256-GCM ciphertexts under the
 * gateway's IDEMPOTENCY_ENCRYPTION_KEY, bound to their client and key; requests are kept as a keyed
 * hash; an answer that carries a secret is not kept at all (a replay gets 409
 * idempotency.response-not-kept). Records expire after 24 hours and are purged.
 */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
export const IDEMPOTENCY_RETENTION_HOURS = 24;
const PURGE_INTERVAL_MS = 10 * 60_000;

/** Names a key by its fingerprint, so rotated keys tell themselves apart without a configured id. */
export const keyFingerprint = (hexKey: string) =>
  createHash('sha256').update(Buffer.from(hexKey, 'hex')).digest('hex').slice(0, 8);

@Injectable()
export class IdempotencyService implements OnModuleInit, OnModuleDestroy {
  /** A claim older than this without an answer belongs to an attempt that died: treat it as in doubt. */
  private readonly staleClaimSeconds: number;
  private readonly keyring: Keyring;
  private readonly requestHashKey: Buffer;
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.staleClaimSeconds = (2 * env.SERVICE_TIMEOUT_MS) / 1000;
    const key = env.IDEMPOTENCY_ENCRYPTION_KEY;
    this.keyring = new Keyring(keyFingerprint(key), key, env.IDEMPOTENCY_PREVIOUS_ENCRYPTION_KEYS);
    this.requestHashKey = Buffer.from(
      hkdfSync('sha256', Buffer.from(key, 'hex'), '', 'sinergi idempotency request hash', 32),
    );
  }

  onModuleInit() {
    this.purgeTimer = setInterval(() => void this.purgeExpired().catch(() => undefined), PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
  }

  onModuleDestroy() {
    clearInterval(this.purgeTimer);
  }

  /** Deletes every record older than the retention; returns how many. */
  async purgeExpired(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [IDEMPOTENCY_RETENTION_HOURS],
    );
    return Number(count);
  }

  /** The request's Idempotency-Key, or undefined when it has none; 400 when malformed. */
  static keyOf(method: string, header: string | string[] | undefined): string | undefined {
    if (method !== 'POST' || header === undefined) return undefined;
    if (typeof header !== 'string' || !KEY_FORMAT.test(header)) {
      throw new BadRequestException('Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    return header;
  }

  async run(
    clientId: string,
    key: string,
    request: string,
    produce: Produce,
    options: IdempotencyOptions = { keepResponse: true },
  ): Promise<StoredResponse> {
    const requestHash = createHmac('sha256', this.requestHashKey).update(request).digest('hex');
    // An expired record no longer holds its key.
    await this.dataSource.query(
      `DELETE FROM idempotency_keys
        WHERE client_id = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
      [clientId, key, IDEMPOTENCY_RETENTION_HOURS],
    );
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (client_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [clientId, key, requestHash],
    );
    if (claimed.length > 0) return this.attempt(clientId, key, produce, false, options);
    const stored = await this.replayOrReclaim(clientId, key, requestHash);
    return stored ?? this.attempt(clientId, key, produce, true, options);
  }

  private async attempt(
    clientId: string,
    key: string,
    produce: Produce,
    inDoubt: boolean,
    options: IdempotencyOptions,
  ) {
    let response: Omit<StoredResponse, 'replayed'>;
    try {
      response = await produce();
    } catch (error) {
      const timedOut = error instanceof ServiceUnavailableError && error.timedOut;
      await this.abandon(clientId, key, inDoubt || timedOut);
      throw error;
    }
    if (response.status >= 500) {
      await this.abandon(clientId, key, inDoubt);
    } else {
      await this.dataSource.query(
        `UPDATE idempotency_keys SET status_code = $3, content_type = $4, body_sealed = $5, in_doubt = false
          WHERE client_id = $1 AND key = $2`,
        [
          clientId,
          key,
          response.status,
          response.contentType,
          options.keepResponse ? this.keyring.sealText(response.body, sealedBodyPlace(clientId, key)) : null,
        ],
      );
    }
    // Named field by field: a service's answer decodes its body in a getter, which a spread leaves out.
    const { status, contentType, body } = response;
    return { status, contentType, body, replayed: false };
  }

  /** The stored answer; undefined when this caller took over an in-doubt key and must send the request again. */
  private async replayOrReclaim(
    clientId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT request_hash, status_code, content_type, body_sealed FROM idempotency_keys WHERE client_id = $1 AND key = $2`,
      [clientId, key],
    );
    if (!row)
      throw new DomainError(
        'idempotency.retry',
        'a request with this Idempotency-Key failed just now; send it again',
      );
    if (row.request_hash !== requestHash) {
      throw new DomainError(
        'idempotency.key-reused',
        'this Idempotency-Key was already used with a different request',
      );
    }
    if (row.status_code !== null)
      return {
        status: row.status_code,
        contentType: row.content_type,
        body: this.openBody(clientId, key, row.body_sealed),
        replayed: true,
      };
    const reclaimed: unknown[] = await this.dataSource.query(
      `UPDATE idempotency_keys SET in_doubt = false, claimed_at = now()
        WHERE client_id = $1 AND key = $2 AND status_code IS NULL
          AND (in_doubt OR claimed_at < now() - make_interval(secs => $3))
       RETURNING key`,
      [clientId, key, this.staleClaimSeconds],
    );
    if (reclaimed.length === 0)
      throw new DomainError(
        'idempotency.in-progress',
        'a request with this Idempotency-Key is still in progress',
      );
    return undefined;
  }

  private openBody(clientId: string, key: string, sealed: string | null): string {
    try {
      if (sealed !== null) return this.keyring.openText(sealed, sealedBodyPlace(clientId, key));
    } catch (error) {
      if (!(error instanceof UnreadableCiphertextError)) throw error;
    }
    throw new DomainError(
      'idempotency.response-not-kept',
      'the first request with this Idempotency-Key succeeded, but its answer is not kept (it carried a secret, which is shown only once); look the result up instead of replaying',
    );
  }

  /** A failed attempt frees its key so the client can retry; one that may have taken effect keeps it in doubt. */
  private async abandon(clientId: string, key: string, inDoubt: boolean) {
    if (inDoubt) {
      await this.dataSource.query(
        `UPDATE idempotency_keys SET in_doubt = true WHERE client_id = $1 AND key = $2`,
        [clientId, key],
      );
    } else {
      await this.dataSource.query(`DELETE FROM idempotency_keys WHERE client_id = $1 AND key = $2`, [
        clientId,
        key,
      ]);
    }
  }
}

/** Associated data of a stored answer: it opens only for its own client and key. */
const sealedBodyPlace = (clientId: string, key: string) => `${clientId}\n${key}`;
