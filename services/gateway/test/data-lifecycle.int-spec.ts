import { randomUUID } from 'node:crypto';
import { DataPruner, type RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { gatewayService } from '../src/service';

describe('gateway data lifecycle (real PostgreSQL)', () => {
  let gateway: RunningService;

  beforeAll(async () => {
    gateway = await startTestService(gatewayService, {
      IDEMPOTENCY_RETENTION_HOURS: '1',
      RATE_LIMIT_RETENTION_MINUTES: '3',
    });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('prunes idempotency records and rate-limit windows past their configured retention, and nothing else', async () => {
    const db = gateway.app.get(DataSource);
    const client = `lifecycle-${randomUUID()}`;
    for (const [key, age] of [
      ['old', '2 hours'],
      ['fresh', '30 minutes'],
    ])
      await db.query(
        `INSERT INTO idempotency_keys (client_id, key, request_hash, created_at) VALUES ($1, $2, 'h', now() - $3::interval)`,
        [client, key, age],
      );
    for (const age of ['4 minutes', '2 minutes'])
      await db.query(
        `INSERT INTO rate_limit_windows (client_id, window_start, requests)
         VALUES ($1, date_trunc('minute', now() - $2::interval), 1)`,
        [client, age],
      );

    const pruned = await gateway.app.get(DataPruner).pruneNow();
    expect(pruned).toEqual({ idempotency_keys: 1, rate_limit_windows: 1 });
    expect(await db.query(`SELECT key FROM idempotency_keys WHERE client_id = $1`, [client])).toEqual([
      { key: 'fresh' },
    ]);
    const windows = await db.query(
      `SELECT (now() - window_start) < interval '3 minutes' AS recent FROM rate_limit_windows WHERE client_id = $1`,
      [client],
    );
    expect(windows).toEqual([{ recent: true }]);
  });

  it('keeps idempotency records 48 hours and rate-limit windows 5 minutes by default', async () => {
    const defaults = await startTestService(gatewayService);
    try {
      expect(defaults.app.get(DataPruner).list()).toEqual([
        { table: 'idempotency_keys', column: 'created_at', retentionSeconds: 48 * 3_600 },
        { table: 'rate_limit_windows', column: 'window_start', retentionSeconds: 5 * 60 },
      ]);
    } finally {
      await defaults.stop();
    }
  });
});
