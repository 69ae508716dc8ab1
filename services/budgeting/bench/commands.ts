// S1 commands of the budgeting service: approve an allocation (a finance officer of the budget's
// owner, against the agreement's one budget of the year), against a bare `pg` pool running the very
// transactions the service committed on a copy of the database taken just before, in the same run.
import { asSchemaOwner, measureCommand, runBench, startBuiltService } from '@sinergi/testing';

const OWNER = 'PEMKAB-BENCH';
const PARTNER = 'KANWIL-PAS-BENCH';
const FINANCE_OFFICER = { clientId: 'bench-finance', agencyCode: OWNER, roles: ['finance-officer'] };
const FISCAL_YEAR = 2026;
/** Agreements in force, each with one budget; requests spread over them. */
const AGREEMENTS = 32;
const REQUESTS_PER_AGREEMENT = 100;

/**
 * Agreements in force (as learned from the agreements service), one budget each with its opening
 * ledger line, and pending funding requests of programs, written as the service's schema owner
 * would (the state its event handlers and commands lead to). Answers the approvals to make.
 */
function seed(): Promise<string[]> {
  return asSchemaOwner('budgeting', async (db) => {
    // Only these agreements: in a full run, budgeting has already learned of the agreements earlier
    // benchmarks registered, which this finance officer may not see, nor approve anything under.
    const { rows: agreements } = await db.query<{ id: string }>(
      `INSERT INTO agreements (id, status, party_codes, start_date, end_date, updated_at)
       SELECT gen_random_uuid(), 'ACTIVE', $1, '2026-01-01', '2030-12-31', now() FROM generate_series(1, $2)
       RETURNING id`,
      [[OWNER, PARTNER], AGREEMENTS],
    );
    const ids = agreements.map((a) => a.id);
    await db.query(
      `INSERT INTO budgets (id, agreement_id, fiscal_year, source, owner_agency_code, created_by, created_at)
       SELECT gen_random_uuid(), id, $1, 'APBD', $2, 'bench-finance', now() FROM unnest($3::uuid[]) id`,
      [FISCAL_YEAR, OWNER, ids],
    );
    await db.query(
      `INSERT INTO ledger_entries (id, budget_id, kind, amount, ceiling_change, allocated_change,
                                   disbursed_change, reason, recorded_by, recorded_at)
       SELECT gen_random_uuid(), id, 'CEILING_SET', 1000000000000, 1000000000000, 0, 0, 'budget opened',
              'bench-finance', now() FROM budgets WHERE agreement_id = ANY ($1::uuid[])`,
      [ids],
    );
    // Random ids: concurrent approvals fall on different budgets, as finance officers' would.
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status,
                                requested_at, request_event_id)
       SELECT gen_random_uuid(), a.id, $1, 'PROGRAM', gen_random_uuid(), 25000000, 'PENDING', now(),
              gen_random_uuid()
         FROM unnest($3::uuid[]) a(id), generate_series(1, $2)
       RETURNING id`,
      [FISCAL_YEAR, REQUESTS_PER_AGREEMENT, ids],
    );
    rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    return rows.map((r) => `/allocations/${r.id}/approve`);
  });
}

async function main() {
  // Migrations run as the service first starts; the bench database is empty until then.
  await (await startBuiltService('budgeting')).stop();
  const approvals = await seed();
  console.log('S1 commands (budgeting service directly, against the same SQL run raw)');
  await measureCommand({
    service: 'budgeting',
    what: 'approve an allocation',
    marker: /UPDATE allocations SET status/i,
    command: { paths: approvals, caller: FINANCE_OFFICER, body: () => ({}) },
  });
}

runBench(main);
