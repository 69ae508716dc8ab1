import { Pool } from 'undici';

/** How long an instance that refused or dropped a connection is left out before it is tried again. */
export const INSTANCE_COOL_DOWN_MS = 5_000;

/** Errors raised before the request reached the service: safe to send again elsewhere, whatever the method. */
const NOT_DELIVERED = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Errors of a connection lost after the request may have been delivered. */
const CONNECTION_LOST = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

export type InstanceFailure = 'not-delivered' | 'connection-lost' | 'other';

export function classifyFailure(error: unknown): InstanceFailure {
  const code = (error as { code?: string })?.code ?? '';
  const causeCode = ((error as { cause?: { code?: string } })?.cause?.code as string | undefined) ?? '';
  if (NOT_DELIVERED.has(code) || NOT_DELIVERED.has(causeCode)) return 'not-delivered';
  if (CONNECTION_LOST.has(code) || CONNECTION_LOST.has(causeCode)) return 'connection-lost';
  return 'other';
}

/** The comma-separated base URLs of one service's instances (`http://a:3004,http://b:3004`). */
export const parseInstanceUrls = (value: string): string[] =>
  value
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);

interface Instance {
  url: string;
  pool: Pool;
  /** Left out of the rotation until then (epoch ms); 0 when healthy. */
  outUntil: number;
}

/**
 * The instances of one service, used in turn. An instance that refuses or drops a connection is
 * left out for INSTANCE_COOL_DOWN_MS and then tried again; when every instance is out, the one
 * that has been out longest is tried rather than failing without a call.
 */
export class ServiceInstances {
  private readonly instances: Instance[];
  private next = 0;

  constructor(urls: string[], now: () => number = Date.now) {
    if (urls.length === 0) throw new Error('a service needs at least one instance URL');
    this.instances = urls.map((url) => ({
      url,
      pool: new Pool(url, { connections: 32, keepAliveTimeout: 10_000, pipelining: 1 }),
      outUntil: 0,
    }));
    this.now = now;
  }

  private readonly now: () => number;

  get size(): number {
    return this.instances.length;
  }

  /** The instances to try for one call, the preferred first: healthy ones in turn, then those left out. */
  order(): Instance[] {
    if (this.instances.length === 1) return this.instances;
    const start = this.next;
    this.next = (this.next + 1) % this.instances.length;
    const rotated = this.instances.map((_, i) => this.instances[(start + i) % this.instances.length]);
    const now = this.now();
    const healthy = rotated.filter((instance) => instance.outUntil <= now);
    const out = rotated.filter((instance) => instance.outUntil > now).sort((a, b) => a.outUntil - b.outUntil);
    return [...healthy, ...out];
  }

  leaveOut(instance: Instance): void {
    instance.outUntil = this.now() + INSTANCE_COOL_DOWN_MS;
  }

  restore(instance: Instance): void {
    instance.outUntil = 0;
  }

  async close(): Promise<void> {
    await Promise.all(this.instances.map((instance) => instance.pool.close()));
  }
}
