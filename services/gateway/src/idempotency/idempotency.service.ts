import { DomainError } from '@sinergi/platform';
import { BadRequestException, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
  replayed: boolean;
}

/**
 * `Idempotency-Key` on POST: the first response is stored per client and key; a repeat with the same
 * request gets it back unchanged, a repeat with a different request gets 409.
 */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

@Injectable()
export class IdempotencyService {
  constructor(private readonly dataSource: DataSource) {}

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
    produce: () => Promise<Omit<StoredResponse, 'replayed'>>,
  ): Promise<StoredResponse> {
    const requestHash = createHash('sha256').update(request).digest('hex');
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (client_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [clientId, key, requestHash],
    );
    if (claimed.length === 0) return this.replay(clientId, key, requestHash);
    try {
      const response = await produce();
      if (response.status >= 500) {
        await this.release(clientId, key);
      } else {
        await this.dataSource.query(
          `UPDATE idempotency_keys SET status_code = $3, content_type = $4, body = $5 WHERE client_id = $1 AND key = $2`,
          [clientId, key, response.status, response.contentType, response.body],
        );
      }
      return { ...response, replayed: false };
    } catch (error) {
      await this.release(clientId, key);
      throw error;
    }
  }

  private async replay(clientId: string, key: string, requestHash: string): Promise<StoredResponse> {
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
    if (row.status_code === null)
      throw new DomainError(
        'idempotency.in-progress',
        'a request with this Idempotency-Key is still in progress',
      );
    return { status: row.status_code, contentType: row.content_type, body: row.body, replayed: true };
  }

  /** A failed attempt frees its key so the client can retry. */
  private async release(clientId: string, key: string) {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE client_id = $1 AND key = $2`, [
      clientId,
      key,
    ]);
  }
}
