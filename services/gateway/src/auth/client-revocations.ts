import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a replica trusts what it read about a client; a disable reaches every replica within it. */
export const REVOCATION_CACHE_MS = 2_000;

interface ClientState {
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
    if (!state || Date.now() - state.readAt > REVOCATION_CACHE_MS) {
      let read = this.reading.get(clientId);
      if (!read) {
        read = this.read(clientId).finally(() => this.reading.delete(clientId));
        this.reading.set(clientId, read);
      }
      state = await read;
    }
    return issuedAt < state.tokensNotBefore;
  }

  private async read(clientId: string): Promise<ClientState> {
    const [row] = await this.dataSource.query(
      `SELECT disabled_at IS NOT NULL AS disabled, extract(epoch FROM tokens_not_before)::bigint AS not_before
         FROM api_clients WHERE client_id = $1`,
      [clientId],
    );
    const state = {
      readAt: Date.now(),
      tokensNotBefore: !row || row.disabled ? Infinity : Number(row.not_before ?? 0),
    };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(clientId, state);
    return state;
  }
}
