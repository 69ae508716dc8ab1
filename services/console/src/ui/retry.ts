import { ProblemError } from '@sinergi/client';

/**
 * A failure worth asking again for: the platform busy (429) or a service behind the gateway
 * briefly unavailable or slow (502–504), or no answer at all (fetch's TypeError). Anything else
 * (a refusal, a missing resource, an invalid request) would fail the same way again.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ProblemError) return [429, 502, 503, 504].includes(error.status);
  return error instanceof TypeError;
}

/** The waits between tries of a read: three tries in all, over some three seconds. */
export const READ_RETRY_DELAYS_MS = [1_000, 2_000];

/** Runs `read`, again after each of `delaysMs` while it fails transiently; the last failure is thrown. */
export async function withRetries<T>(read: () => Promise<T>, delaysMs = READ_RETRY_DELAYS_MS): Promise<T> {
  for (const delay of delaysMs) {
    try {
      return await read();
    } catch (error) {
      if (!isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return read();
}
