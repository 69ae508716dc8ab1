import type { DataSource } from 'typeorm';
import { ClientRevocations, REVOCATION_CACHE_MS } from './client-revocations';

/** The client's row as the database holds it, and every read of it, answered when the test says. */
function clientTable() {
  const reads: Array<() => void> = [];
  const row = { disabled: false, not_before: '0' };
  const dataSource = {
    query: () =>
      new Promise((resolve) => {
        reads.push(() => resolve([{ ...row }]));
      }),
  } as unknown as DataSource;
  return { dataSource, reads, row };
}

/** Whether `promise` settled after the pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('ClientRevocations', () => {
  let now: number;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('reads a client in the background while it is fresh enough, and waits once it is not', async () => {
    const { dataSource, reads, row } = clientTable();
    const revocations = new ClientRevocations(dataSource);

    const first = revocations.isRevoked('client-1', 10);
    expect(await settled(first)).toBe(false);
    reads.shift()!();
    expect(await first).toBe(false);

    // Half the cache's time later, a request is answered from what was read and starts a new read.
    now += REVOCATION_CACHE_MS / 2 + 1;
    row.disabled = true;
    expect(await revocations.isRevoked('client-1', 10)).toBe(false);
    expect(reads).toHaveLength(1);
    // A second request meanwhile does not start another.
    expect(await revocations.isRevoked('client-1', 10)).toBe(false);
    expect(reads).toHaveLength(1);
    reads.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await revocations.isRevoked('client-1', 10)).toBe(true);
    expect(reads).toHaveLength(0);
  });

  it('never answers from a read older than the cache time', async () => {
    const { dataSource, reads, row } = clientTable();
    const revocations = new ClientRevocations(dataSource);
    const first = revocations.isRevoked('client-1', 10);
    reads.shift()!();
    expect(await first).toBe(false);

    now += REVOCATION_CACHE_MS + 1;
    row.not_before = '20';
    const later = revocations.isRevoked('client-1', 10);
    expect(await settled(later)).toBe(false);
    reads.shift()!();
    expect(await later).toBe(true);
  });
});
