import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;

/**
 * Random bytes for nonces, drawn from the system's CSPRNG 4 KiB at a time (as node:crypto does
 * for randomUUID): a draw per value cost a system call each, which on a busy host was 3 % of a
 * command's CPU. Each call gets bytes no other call gets, as a buffer of its own. Not for keys.
 */
export class RandomPool {
  private readonly pool = Buffer.allocUnsafeSlow(POOL_BYTES);
  private offset = POOL_BYTES;

  take(size: number): Buffer {
    if (size > POOL_BYTES) return randomFillSync(Buffer.alloc(size));
    if (this.offset + size > POOL_BYTES) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    const bytes = Buffer.from(this.pool.subarray(this.offset, this.offset + size));
    // Handed-out bytes do not stay behind in memory.
    this.pool.fill(0, this.offset, this.offset + size);
    this.offset += size;
    return bytes;
  }
}
