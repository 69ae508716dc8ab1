import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a replica trusts what it read about a client; a disable reaches every replica within it. */
export const REVOCATION_CACHE_MS = 2_000;

/**
 * Past this age a client's state is read again in the background while its requests go on with
 * what was read: a busy client's requests never wait for the database, and what they are checked
 * against is still never older than REVOCATION_CACHE_MS.
 */
const REFRESH_AFTER_MS = REVOCATION_CACHE_MS / 2;

interface ClientState {
  /** When the read that gave this state started. */
  readAt: number;
  /** Tokens issued (iat, seconds) before this are refused; Infinity when the client is disabled or gone. */
  tokensNotBefore: number;
}

/**
 * Whether a bearer token's client may still act: not disabled, not deleted, and the token issued after
 * the client's last secret rotation. Read from PostgreSQL (shared by every gateway replica), cached briefly.
 */
@Injectable()
export class ClientRevocations {
  private readonly cache = new Map<string, ClientState>();
  /** Reads under way: the requests of a client that arrive meanwhile wait for the same one. */
  private readonly reading = new Map<string, Promise<ClientState>>();

  constructor(private readonly dataSource: DataSource) {}

  async isRevoked(clientId: string, issuedAt: number): Promise<boolean> {
    let state = this.cache.get(clientId);
    const age = state ? Date.now() - state.readAt : Infinity;
    if (age > REFRESH_AFTER_MS) {
      const read = this.reading.get(clientId) ?? this.startRead(clientId);
      if (age > REVOCATION_CACHE_MS) state = await read;
    }
    return issuedAt < state!.tokensNotBefore;
  }

  private startRead(clientId: string): Promise<ClientState> {
    const read = this.read(clientId).finally(() => this.reading.delete(clientId));
    this.reading.set(clientId, read);
    // No request waits for a background read; one that fails is tried again by the next request.
    read.catch(() => undefined);
    return read;
  }

  private async read(clientId: string): Promise<ClientState> {
    const readAt = Date.now();
    const [row] = await this.dataSource.query(
      `SELECT disabled_at IS NOT NULL AS disabled, extract(epoch FROM tokens_not_before)::bigint AS not_before
         FROM api_clients WHERE client_id = $1`,
      [clientId],
    );
    const state = {
      readAt,
      tokensNotBefore: !row || row.disabled ? Infinity : Number(row.not_before ?? 0),
    };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(clientId, state);
    return state;
  }
}
