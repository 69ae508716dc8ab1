import { randomUUID } from 'node:crypto';
import { DataPruner, type RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { gatewayService } from '../src/service';

describe('gateway data lifecycle (real PostgreSQL)', () => {
  let gateway: RunningService;

  beforeAll(async () => {
    gateway = await startTestService(gatewayService, { RATE_LIMIT_RETENTION_MINUTES: '3' });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('prunes rate-limit windows past their configured retention, and nothing else', async () => {
    const db = gateway.app.get(DataSource);
    const client = `lifecycle-${randomUUID()}`;
    // Windows left by earlier suites in this database may be past the retention by now (a loaded
    // machine takes minutes to get here): this test starts from none, so the count is its own.
    await db.query(`DELETE FROM rate_limit_windows`);
    for (const age of ['4 minutes', '2 minutes'])
      await db.query(
        `INSERT INTO rate_limit_windows (client_id, window_start, requests)
         VALUES ($1, date_trunc('minute', now() - $2::interval), 1)`,
        [client, age],
      );

    const pruned = await gateway.app.get(DataPruner).pruneNow();
    expect(pruned).toEqual({ rate_limit_windows: 1 });
    const windows = await db.query(
      `SELECT (now() - window_start) < interval '3 minutes' AS recent FROM rate_limit_windows WHERE client_id = $1`,
      [client],
    );
    expect(windows).toEqual([{ recent: true }]);
  });

  it('keeps rate-limit windows 5 minutes by default', async () => {
    const defaults = await startTestService(gatewayService);
    try {
      expect(defaults.app.get(DataPruner).list()).toEqual([
        { table: 'rate_limit_windows', column: 'window_start', retentionSeconds: 5 * 60 },
      ]);
    } finally {
      await defaults.stop();
    }
  });
});
