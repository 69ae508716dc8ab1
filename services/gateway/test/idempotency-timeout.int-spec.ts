/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are the public API's untyped JSON */
import type { RunningService } from '@sinergi/platform';
import {
  startDelayingProxy,
  startTestService,
  TEST_GATEWAY_SECRETS,
  type DelayingProxy,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { budgetingService } from '../../budgeting/src/service';
import { activeAgreement, openBudget } from '../../budgeting/test/fixtures';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';

const SERVICE_TIMEOUT_MS = 2_500;

describe('Idempotency-Key across a gateway timeout (gateway → delaying proxy → budgeting, real PostgreSQL and Kafka)', () => {
  let budgeting: RunningService;
  let gateway: RunningService;
  let proxy: DelayingProxy;
  let admin: ApiSession;
  let adminToken: string;
  let allocationId: string;

  const disburse = (key: string, reference: string) =>
    fetch(`${gateway.url}/api/v1/allocations/${allocationId}/disbursements`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${adminToken}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify({ amount: 1_000_000, date: '2027-03-01', description: 'tranche 1', reference }),
    });
  const disbursementsOf = async (id: string) =>
    (
      await budgeting.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM disbursements WHERE allocation_id = $1`, [id])
    )[0].n as number;

  beforeAll(async () => {
    budgeting = await startTestService(budgetingService);
    proxy = await startDelayingProxy(budgeting.url);
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: 'http://127.0.0.1:9',
      REHABILITATION_URL: 'http://127.0.0.1:9',
      REINTEGRATION_URL: 'http://127.0.0.1:9',
      BUDGETING_URL: proxy.url,
      SERVICE_TIMEOUT_MS: String(SERVICE_TIMEOUT_MS),
    });
    const login = await new ApiSession(gateway.url).post(
      '/auth/token',
      {
        clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
        clientSecret: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
      },
      200,
    );
    adminToken = login.accessToken;
    admin = new ApiSession(gateway.url, adminToken);
    const agreementId = await activeAgreement(budgeting);
    const budget = await openBudget(budgeting, agreementId, { ceiling: 50_000_000 });
    const [allocation] = await budgeting.app.get(DataSource).query(
      `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, requested_at,
                                request_event_id)
       VALUES (gen_random_uuid(), $1, 2027, 'PROGRAM', gen_random_uuid(), 10000000, 'PENDING', now(), gen_random_uuid())
       RETURNING id`,
      [agreementId],
    );
    allocationId = allocation.id;
    await admin.post(`/allocations/${allocationId}/approve`, { budgetId: budget.id }, 200);
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
    await budgeting?.stop();
  });

  it('pays once when the first answer comes after the timeout and the client retries with the same key', async () => {
    proxy.delayMs = 2 * SERVICE_TIMEOUT_MS;
    const first = await disburse('pay-once-1', 'SP2D-0001');
    expect(first.status).toBe(504);
    proxy.delayMs = 0;

    const retry = await disburse('pay-once-1', 'SP2D-0001');
    expect(retry.status).toBe(201);
    const paid = (await retry.json()) as any;
    expect(paid).toMatchObject({
      allocationId,
      amount: 1_000_000,
      reference: 'SP2D-0001',
      disbursedTotal: 1_000_000,
    });
    expect(await disbursementsOf(allocationId)).toBe(1);

    const again = await disburse('pay-once-1', 'SP2D-0001');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(paid);
    expect(await disbursementsOf(allocationId)).toBe(1);
  });

  it('keeps a timed-out key for its own request only', async () => {
    proxy.delayMs = 2 * SERVICE_TIMEOUT_MS;
    expect((await disburse('pay-once-2', 'SP2D-0002')).status).toBe(504);
    proxy.delayMs = 0;
    const reused = await disburse('pay-once-2', 'SP2D-0099');
    expect(reused.status).toBe(409);
    expect(reused.headers.get('content-type')).toContain('application/problem+json');
    expect((await disburse('pay-once-2', 'SP2D-0002')).status).toBe(201);
    expect(await disbursementsOf(allocationId)).toBe(2);
  });

  it('refuses a second payment with the same reference under a new key (409), paying nothing', async () => {
    const repeated = await disburse('pay-once-3', 'SP2D-0001');
    expect(repeated.status).toBe(409);
    expect(((await repeated.json()) as any).detail).toContain('SP2D-0001');
    expect(await disbursementsOf(allocationId)).toBe(2);
  });
});
