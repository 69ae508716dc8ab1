import { Topics, uuidv7 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { EventProbe, PLATFORM_ADMIN, startTestService, testInfrastructure } from '@sinergi/testing';
import { Client } from 'pg';
import { budgetingService } from '../src/service';
import {
  activeAgreement,
  auditor,
  call,
  db,
  financeOfficer,
  openBudget,
  OWNER,
  PARTNER,
  type JsonBody,
  type Reply,
} from './fixtures';

const fieldsOf = (problem: { errors: Array<{ field: string }> }) =>
  [...new Set(problem.errors.map((e) => e.field))].sort();

describe('budgets and their ledger (real PostgreSQL and Kafka)', () => {
  let service: RunningService;
  let agreementId: string;

  beforeAll(async () => {
    service = await startTestService(budgetingService);
    agreementId = await activeAgreement(service);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const budgetCount = async () => Number((await db(service).query(`SELECT count(*) AS n FROM budgets`))[0].n);
  const ledgerCount = async () =>
    Number((await db(service).query(`SELECT count(*) AS n FROM ledger_entries`))[0].n);

  it('opens a budget: 201 with balances from the ledger, a CEILING_SET entry and budget.opened on Kafka', async () => {
    const probe = await EventProbe.start([Topics.budget]);
    try {
      const reply = await call(service, financeOfficer(), 'POST', '/budgets', {
        agreementId,
        fiscalYear: 2027,
        source: 'APBD',
        ownerAgencyCode: OWNER,
        ceiling: 1_000_000_000_000_000,
        autoApproveLimit: 5_000_000,
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        agreementId,
        fiscalYear: 2027,
        source: 'APBD',
        ownerAgencyCode: OWNER,
        autoApproveLimit: 5_000_000,
        ceiling: 1_000_000_000_000_000,
        allocated: 0,
        disbursed: 0,
        available: 1_000_000_000_000_000,
        absorptionRate: 0,
      });
      const ledger = await call(service, auditor, 'GET', `/budgets/${reply.body.id}/ledger`);
      expect(ledger.body.items).toEqual([
        expect.objectContaining({
          kind: 'CEILING_SET',
          amount: 1_000_000_000_000_000,
          recordedBy: 'finance-pemkab-muaro-jambi',
        }),
      ]);
      const [opened] = await probe.waitFor((m) => m.key === reply.body.id);
      expect(opened.envelope).toMatchObject({
        type: 'budget.opened',
        data: { agreementId, fiscalYear: 2027, source: 'APBD', ceiling: 1_000_000_000_000_000 },
      });
    } finally {
      await probe.stop();
    }
  });

  it.each([
    ['a fraction', { ceiling: 1000.5 }, ['ceiling']],
    ['a negative amount', { ceiling: -1 }, ['ceiling']],
    ['more than 10^15', { ceiling: 1_000_000_000_000_001 }, ['ceiling']],
    ['a number as a string', { ceiling: '1000' }, ['ceiling']],
    [
      'wrong types everywhere',
      { ceiling: true, fiscalYear: '2027', source: 'DANA_DESA', agreementId: 42 },
      ['ceiling', 'fiscalYear', 'source', 'agreementId'],
    ],
    ['a fractional auto-approval limit', { autoApproveLimit: 0.1 }, ['autoApproveLimit']],
    ['an unknown field', { colour: 'red' }, ['colour']],
  ])('refuses %s with 400 naming each field, storing nothing', async (_case, override, fields) => {
    const before = [await budgetCount(), await ledgerCount()];
    const reply = await call(service, financeOfficer(), 'POST', '/budgets', {
      agreementId,
      fiscalYear: 2028,
      source: 'APBN',
      ownerAgencyCode: OWNER,
      ceiling: 1_000,
      ...override,
    });
    expect(reply.status).toBe(400);
    expect(fieldsOf(reply.body)).toEqual([...fields].sort());
    expect([await budgetCount(), await ledgerCount()]).toEqual(before);
  });

  it('refuses malformed JSON with 400 and a revision with a bad amount with 400', async () => {
    const budget = await openBudget(service, agreementId, { ceiling: 100, fiscalYear: 2030 });
    expect((await call(service, financeOfficer(), 'POST', '/budgets', '{"ceiling":')).status).toBe(400);
    const revision = await call(service, financeOfficer(), 'POST', `/budgets/${budget.id}/revisions`, {
      newCeiling: 99.99,
    });
    expect(revision.status).toBe(400);
    expect(fieldsOf(revision.body)).toEqual(['newCeiling', 'reason']);
  });

  it('lets a finance officer open budgets only for its own agency, and not twice', async () => {
    const body = { agreementId, fiscalYear: 2029, source: 'CSR', ownerAgencyCode: OWNER, ceiling: 10 };
    expect((await call(service, financeOfficer(PARTNER), 'POST', '/budgets', body)).status).toBe(403);
    expect((await call(service, auditor, 'POST', '/budgets', body)).status).toBe(403);
    expect((await call(service, financeOfficer(), 'POST', '/budgets', body)).status).toBe(201);
    const again = await call(service, PLATFORM_ADMIN, 'POST', '/budgets', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('budget.already-exists');
  });

  it('refuses a budget for an agreement it does not know (409)', async () => {
    const reply = await call(service, PLATFORM_ADMIN, 'POST', '/budgets', {
      agreementId: '0193a3c2-7f00-7000-8000-00000000dead',
      fiscalYear: 2027,
      source: 'APBD',
      ownerAgencyCode: OWNER,
      ceiling: 10,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('budget.unknown-agreement');
    expect(reply.body.detail).toMatch(/not known/);
  });

  it('revises the ceiling with a ledger entry, never below what is allocated', async () => {
    const budget = await openBudget(service, agreementId, { ceiling: 1_000_000, fiscalYear: 2031 });
    // a pending request of 600,000 as a funding request creates it, approved below
    await db(service).query(
      `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, budget_id,
                                requested_at, request_event_id)
       VALUES (gen_random_uuid(), $1, 2031, 'PROGRAM', gen_random_uuid(), 600000, 'PENDING', NULL, now(), gen_random_uuid())`,
      [agreementId],
    );
    const [{ id: allocationId }] = await db(service).query(
      `SELECT id FROM allocations WHERE fiscal_year = 2031 AND agreement_id = $1`,
      [agreementId],
    );
    expect(
      (await call(service, financeOfficer(), 'POST', `/allocations/${allocationId}/approve`, {})).status,
    ).toBe(200);

    const below = await call(service, financeOfficer(), 'POST', `/budgets/${budget.id}/revisions`, {
      newCeiling: 599_999,
      reason: 'APBD-Perubahan',
    });
    expect(below.status).toBe(409);
    expect(below.body.code).toBe('budget.ceiling-below-allocated');
    expect(below.body.detail).toMatch(/below the 600000 already allocated/);

    expect(
      (
        await call(service, financeOfficer(PARTNER), 'POST', `/budgets/${budget.id}/revisions`, {
          newCeiling: 700_000,
          reason: 'APBD-Perubahan',
        })
      ).status,
    ).toBe(403);

    const revised = await call(service, financeOfficer(), 'POST', `/budgets/${budget.id}/revisions`, {
      newCeiling: 600_000,
      reason: 'APBD-Perubahan',
    });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ ceiling: 600_000, allocated: 600_000, available: 0 });

    const ledger = await call(service, financeOfficer(), 'GET', `/budgets/${budget.id}/ledger`);
    expect(
      ledger.body.items.map((e: JsonBody) => [e.kind, e.amount, e.ceilingChange, e.allocatedChange]),
    ).toEqual([
      ['CEILING_SET', 1_000_000, 1_000_000, 0],
      ['ALLOCATED', 600_000, 0, 600_000],
      ['CEILING_REVISED', 600_000, -400_000, 0],
    ]);
    expect(ledger.body.items[2]).toMatchObject({
      reason: 'APBD-Perubahan',
      recordedBy: 'finance-pemkab-muaro-jambi',
    });
  });

  it('lists the allocations changed since an instant: requested, decided or moved in the ledger, across pages', async () => {
    const agreement = await activeAgreement(service);
    await openBudget(service, agreement, { ceiling: 1_000_000 });
    const request = async (requestedAt: string) => {
      const [{ id }] = await db(service).query(
        `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, budget_id,
                                  requested_at, request_event_id)
         VALUES (gen_random_uuid(), $1, 2027, 'PROGRAM', gen_random_uuid(), 100000, 'PENDING', NULL, $2, gen_random_uuid())
         RETURNING id`,
        [agreement, requestedAt],
      );
      return id as string;
    };
    const approve = async (id: string) =>
      expect((await call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`, {})).status).toBe(
        200,
      );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const untouched = await request(yesterday);
    const decided = await request(yesterday);
    const disbursed = await request(yesterday);
    await approve(disbursed);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await approve(decided);
    const payment = await call(service, financeOfficer(), 'POST', `/allocations/${disbursed}/disbursements`, {
      amount: 40_000,
      date: '2027-02-01',
      description: 'welding equipment',
      reference: 'SP2D-CHANGED-1',
    });
    expect(payment.status).toBe(201);
    const requested = await request(new Date().toISOString());

    const changed: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(
        service,
        financeOfficer(),
        'GET',
        `/allocations?agreementId=${agreement}&updatedSince=${since}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      changed.push(...page.body.items.map((a: JsonBody) => a.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(changed).toEqual([decided, disbursed, requested].sort());
    expect(changed).not.toContain(untouched);
  });

  it('lists the ledger in recording order (seq), not id order, across pages', async () => {
    const budget = await openBudget(service, agreementId, { ceiling: 1_000_000, fiscalYear: 2040 });
    // another replica with a clock ahead recorded the first of these two entries
    const later = uuidv7();
    const earlier = '00000000-0000-7000-8000-000000000001';
    for (const [id, amount] of [
      [later, 900_000],
      [earlier, 800_000],
    ] as const) {
      await db(service).query(
        `INSERT INTO ledger_entries (id, budget_id, kind, amount, ceiling_change, recorded_by, recorded_at)
         VALUES ($1, $2, 'CEILING_REVISED', $3, -100000, 'finance-pemkab-muaro-jambi', now())`,
        [id, budget.id, amount],
      );
    }

    const all = await call(service, auditor, 'GET', `/budgets/${budget.id}/ledger`);
    expect(all.status).toBe(200);
    expect(all.body.items.map((e: JsonBody) => [e.kind, e.amount])).toEqual([
      ['CEILING_SET', 1_000_000],
      ['CEILING_REVISED', 900_000],
      ['CEILING_REVISED', 800_000],
    ]);

    const amounts: number[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 4; page++) {
      const reply: Reply = await call(
        service,
        auditor,
        'GET',
        `/budgets/${budget.id}/ledger?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(reply.status).toBe(200);
      amounts.push(...reply.body.items.map((e: JsonBody) => e.amount));
      cursor = reply.body.nextCursor;
      if (!cursor) break;
    }
    expect(amounts).toEqual([1_000_000, 900_000, 800_000]);
  });

  it('keeps the ledger append-only: the database refuses UPDATE, DELETE and TRUNCATE, even to the schema owner', async () => {
    const [entry] = await db(service).query(`SELECT id FROM ledger_entries LIMIT 1`);
    // The service's runtime role is not granted them at all; the schema owner meets the trigger.
    for (const sql of [
      `UPDATE ledger_entries SET amount = 0 WHERE id = $1`,
      `DELETE FROM ledger_entries WHERE id = $1`,
    ])
      await expect(db(service).query(sql, [entry.id])).rejects.toThrow(
        'permission denied for table ledger_entries',
      );
    await expect(db(service).query(`TRUNCATE ledger_entries CASCADE`)).rejects.toThrow(
      'permission denied for table ledger_entries',
    );
    const owner = new Client({ connectionString: testInfrastructure().migrationDatabaseUrlOf('budgeting') });
    await owner.connect();
    try {
      await expect(
        owner.query(`UPDATE ledger_entries SET amount = 0 WHERE id = $1`, [entry.id]),
      ).rejects.toThrow(/ledger entries are immutable \(UPDATE refused\)/);
      await expect(owner.query(`DELETE FROM ledger_entries WHERE id = $1`, [entry.id])).rejects.toThrow(
        /ledger entries are immutable \(DELETE refused\)/,
      );
      await expect(owner.query(`TRUNCATE ledger_entries CASCADE`)).rejects.toThrow(
        /ledger entries are immutable \(TRUNCATE refused\)/,
      );
    } finally {
      await owner.end();
    }
  });

  it('shows budgets only within scope: 404 outside, everything to the auditor', async () => {
    const outsider = financeOfficer('PEMKAB-BATANGHARI');
    const budget = await openBudget(service, agreementId, { ceiling: 5, fiscalYear: 2032 });
    expect((await call(service, outsider, 'GET', `/budgets/${budget.id}`)).status).toBe(404);
    expect(
      (
        await call(service, outsider, 'POST', `/budgets/${budget.id}/revisions`, {
          newCeiling: 6,
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await call(service, outsider, 'GET', `/budgets?agreementId=${agreementId}`)).body.items).toEqual(
      [],
    );
    expect((await call(service, financeOfficer(PARTNER), 'GET', `/budgets/${budget.id}`)).status).toBe(200);
    const listed = await call(service, auditor, 'GET', `/budgets?agreementId=${agreementId}&fiscalYear=2032`);
    expect(listed.body.items.map((b: { id: string }) => b.id)).toEqual([budget.id]);
  });

  it('pages budget lists with limit and cursor', async () => {
    const first = await call(service, auditor, 'GET', `/budgets?agreementId=${agreementId}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const next = await call(
      service,
      auditor,
      'GET',
      `/budgets?agreementId=${agreementId}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(next.body.items[0].id > first.body.items[1].id).toBe(true);
    expect((await call(service, auditor, 'GET', `/budgets?limit=0`)).status).toBe(400);
  });
  it("keeps every budget's totals equal to the sums of its ledger entries, bulk inserts included", async () => {
    const budget = await openBudget(service, agreementId, { ceiling: 2_000_000, fiscalYear: 2041 });
    // Several entries in one statement: the trigger adds them per statement.
    await db(service).query(
      `INSERT INTO ledger_entries (id, budget_id, kind, amount, ceiling_change, recorded_by, recorded_at)
       SELECT gen_random_uuid(), $1, 'CEILING_REVISED', 2000000 + g, 1, 'finance-pemkab-muaro-jambi', now()
         FROM generate_series(1, 3) g`,
      [budget.id],
    );
    const shown = await call(service, auditor, 'GET', `/budgets/${budget.id}`);
    expect(shown.body).toMatchObject({ ceiling: 2_000_003, allocated: 0, disbursed: 0 });
    // Every budget this file touched: what the API reads equals what the ledger says.
    const rows = await db(service).query(
      `SELECT b.id, b.ceiling_total::bigint = COALESCE(SUM(l.ceiling_change), 0) AS ceiling,
              b.allocated_total::bigint = COALESCE(SUM(l.allocated_change), 0) AS allocated,
              b.disbursed_total::bigint = COALESCE(SUM(l.disbursed_change), 0) AS disbursed
         FROM budgets b LEFT JOIN ledger_entries l ON l.budget_id = b.id
        GROUP BY b.id`,
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(
      rows.filter(
        (r: { ceiling: boolean; allocated: boolean; disbursed: boolean }) =>
          !(r.ceiling && r.allocated && r.disbursed),
      ),
    ).toEqual([]);
  });
});
