import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@sinergi/platform';
import { createHash } from 'node:crypto';
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

/**
 * `Idempotency-Key` on POST: the first response is stored per client and key; a repeat with the same
 * request gets it back unchanged, a repeat with a different request gets 409.
 *
 * A forwarded command that timed out may still commit in its service, so its key stays claimed and
 * "in doubt" rather than freed: a retry with the same request is forwarded again with the same key,
 * and the service, which recorded the key with the effect, answers with the first run's result.
 */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

@Injectable()
export class IdempotencyService {
  /** A claim older than this without an answer belongs to an attempt that died: treat it as in doubt. */
  private readonly staleClaimSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.staleClaimSeconds = (2 * env.SERVICE_TIMEOUT_MS) / 1000;
  }

  /** The request's Idempotency-Key, or undefined when it has none; 400 when malformed. */
  static keyOf(method: string, header: string | string[] | undefined): string | undefined {
    if (method !== 'POST' || header === undefined) return undefined;
    if (typeof header !== 'string' || !KEY_FORMAT.test(header)) {
      throw new BadRequestException('Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    return header;
  }

  async run(clientId: string, key: string, request: string, produce: Produce): Promise<StoredResponse> {
    const requestHash = createHash('sha256').update(request).digest('hex');
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (client_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [clientId, key, requestHash],
    );
    if (claimed.length > 0) return this.attempt(clientId, key, produce, false);
    const stored = await this.replayOrReclaim(clientId, key, requestHash);
    return stored ?? this.attempt(clientId, key, produce, true);
  }

  private async attempt(clientId: string, key: string, produce: Produce, inDoubt: boolean) {
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
        `UPDATE idempotency_keys SET status_code = $3, content_type = $4, body = $5, in_doubt = false
          WHERE client_id = $1 AND key = $2`,
        [clientId, key, response.status, response.contentType, response.body],
      );
    }
    return { ...response, replayed: false };
  }

  /** The stored answer; undefined when this caller took over an in-doubt key and must send the request again. */
  private async replayOrReclaim(
    clientId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT request_hash, status_code, content_type, body FROM idempotency_keys WHERE client_id = $1 AND key = $2`,
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
      return { status: row.status_code, contentType: row.content_type, body: row.body, replayed: true };
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
