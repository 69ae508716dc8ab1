import type { RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { budgetingService } from '../src/service';
import { activeAgreement, auditor, call, db, financeOfficer, openBudget } from './fixtures';

jest.setTimeout(180_000);

/** Runs `tasks` with at most `inFlight` of them at once. */
async function withConcurrency<T>(tasks: Array<() => Promise<T>>, inFlight: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return results;
}

/** Inserts PENDING program allocations as funding requests would have created them. */
async function seedPending(
  service: RunningService,
  agreementId: string,
  amounts: number[],
): Promise<string[]> {
  const rows: Array<{ id: string }> = await db(service).query(
    `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, requested_at,
                              request_event_id)
     SELECT gen_random_uuid(), $1, 2027, 'PROGRAM', gen_random_uuid(), amount, 'PENDING', now(), gen_random_uuid()
       FROM unnest($2::bigint[]) WITH ORDINALITY AS a (amount, n)
      ORDER BY n
     RETURNING id`,
    [agreementId, amounts],
  );
  return rows.map((r) => r.id);
}

describe('no overspending under concurrency, across two service instances (real PostgreSQL)', () => {
  let instances: RunningService[];
  let agreementId: string;
  const officer = financeOfficer();

  beforeAll(async () => {
    instances = [await startTestService(budgetingService), await startTestService(budgetingService)];
    agreementId = await activeAgreement(instances[0]);
  });
  afterAll(async () => {
    for (const instance of instances ?? []) await instance.stop();
  });

  it('approves exactly the affordable ones of 1,000 concurrent approvals asking for twice the ceiling', async () => {
    const amounts = Array.from({ length: 1_000 }, (_, i) => 500_000 + (i % 10) * 100_000);
    const requested = amounts.reduce((a, b) => a + b, 0);
    const ceiling = requested / 2;
    const budget = await openBudget(instances[0], agreementId, { ceiling, fiscalYear: 2027 });
    const ids = await seedPending(instances[0], agreementId, amounts);

    const started = Date.now();
    const replies = await withConcurrency(
      ids.map((id, i) => () => call(instances[i % 2], officer, 'POST', `/allocations/${id}/approve`, {})),
      50,
    );
    const seconds = (Date.now() - started) / 1000;

    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const approvedAmounts = amounts.filter((_, i) => statuses[i] === 200);
    const refusedAmounts = amounts.filter((_, i) => statuses[i] === 409);
    const approvedSum = approvedAmounts.reduce((a, b) => a + b, 0);
    const after = (await call(instances[1], auditor, 'GET', `/budgets/${budget.id}`)).body;
    console.log(
      `1,000 concurrent approvals over 2 instances: requests=${ids.length} (sum ${requested}, ceiling ${ceiling}), ` +
        `approved=${approvedAmounts.length} (sum ${approvedSum}), refused=${refusedAmounts.length}, ` +
        `final available=${after.available}, time=${seconds.toFixed(2)} s`,
    );

    expect(after).toMatchObject({ ceiling, allocated: approvedSum, available: ceiling - approvedSum });
    expect(after.available).toBeGreaterThanOrEqual(0);
    // every refusal was right: each refused amount exceeds even the final (smallest) available
    expect(refusedAmounts.length).toBeGreaterThan(0);
    expect(refusedAmounts.filter((amount) => amount <= after.available)).toEqual([]);
    // both instances approved some
    expect(statuses.filter((s, i) => s === 200 && i % 2 === 0).length).toBeGreaterThan(0);
    expect(statuses.filter((s, i) => s === 200 && i % 2 === 1).length).toBeGreaterThan(0);

    const [stored] = await db(instances[0]).query(
      `SELECT (SELECT count(*)::int FROM allocations WHERE budget_id = $1 AND status = 'APPROVED') AS approved,
              (SELECT COALESCE(SUM(amount), 0)::bigint FROM allocations WHERE budget_id = $1 AND status = 'APPROVED') AS approved_sum,
              (SELECT count(*)::int FROM ledger_entries WHERE budget_id = $1 AND kind = 'ALLOCATED') AS entries,
              (SELECT COALESCE(SUM(allocated_change), 0)::bigint FROM ledger_entries WHERE budget_id = $1) AS ledger_allocated,
              (SELECT min(available)::bigint FROM (
                 SELECT SUM(ceiling_change - allocated_change) OVER (ORDER BY seq) AS available
                   FROM ledger_entries WHERE budget_id = $1) running) AS lowest_available`,
      [budget.id],
    );
    expect({
      approved: stored.approved,
      approvedSum: Number(stored.approved_sum),
      entries: stored.entries,
      ledgerAllocated: Number(stored.ledger_allocated),
    }).toEqual({
      approved: approvedAmounts.length,
      approvedSum,
      entries: approvedAmounts.length,
      ledgerAllocated: approvedSum,
    });
    expect(Number(stored.lowest_available)).toBeGreaterThanOrEqual(0);
  });

  it('keeps 200 concurrent disbursements over one allocation within it', async () => {
    const budget = await openBudget(instances[0], agreementId, { ceiling: 5_000_000, fiscalYear: 2028 });
    const [id] = await db(instances[0]).query(
      `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, requested_at,
                                request_event_id)
       VALUES (gen_random_uuid(), $1, 2028, 'PROGRAM', gen_random_uuid(), 1000000, 'PENDING', now(), gen_random_uuid())
       RETURNING id`,
      [agreementId],
    );
    expect((await call(instances[0], officer, 'POST', `/allocations/${id.id}/approve`, {})).status).toBe(200);

    const amount = 7_000;
    const started = Date.now();
    const replies = await withConcurrency(
      Array.from(
        { length: 200 },
        (_, i) => () =>
          call(instances[i % 2], officer, 'POST', `/allocations/${id.id}/disbursements`, {
            amount,
            date: '2027-06-01',
            description: `instalment ${i}`,
            reference: `SP2D-${i}`,
          }),
      ),
      50,
    );
    const seconds = (Date.now() - started) / 1000;
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const recorded = statuses.filter((s) => s === 201).length;
    const allocation = (await call(instances[1], auditor, 'GET', `/allocations/${id.id}`)).body;
    console.log(
      `200 concurrent disbursements of ${amount} over an allocation of 1000000: recorded=${recorded}, ` +
        `disbursed=${allocation.disbursed}, time=${seconds.toFixed(2)} s`,
    );
    expect(recorded).toBe(Math.floor(1_000_000 / amount));
    expect(allocation.disbursed).toBe(recorded * amount);
    expect(allocation.disbursed).toBeLessThanOrEqual(allocation.amount);
    const [sums] = await db(instances[0]).query(
      `SELECT (SELECT SUM(amount)::bigint FROM disbursements WHERE allocation_id = $1) AS paid,
              (SELECT SUM(disbursed_change)::bigint FROM ledger_entries WHERE budget_id = $2) AS ledger`,
      [id.id, budget.id],
    );
    expect([Number(sums.paid), Number(sums.ledger)]).toEqual([recorded * amount, recorded * amount]);
    expect((await call(instances[0], auditor, 'GET', `/budgets/${budget.id}`)).body).toMatchObject({
      disbursed: recorded * amount,
      absorptionRate: (recorded * amount) / 5_000_000,
    });
  });
});
