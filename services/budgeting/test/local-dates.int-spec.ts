import type { RunningService } from '@sinergi/platform';
import { Clock } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { budgetingService } from '../src/service';
import { activeAgreement, call, db, financeOfficer, OWNER, openBudget, PARTNER } from './fixtures';

/**
 * Whether an agreement has expired when money is committed is decided on the agreement's local date,
 * in the time zone agreement.signed carries (its first party's; docs/domain.md).
 */
describe('funding decisions on the agreement’s local date (real PostgreSQL and Kafka)', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(budgetingService);
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** A PENDING request for 10 M under an agreement that ended on 31 December 2026, with a 2026 budget. */
  async function pendingUnderEndedAgreement(timeZone: string) {
    const agreementId = await activeAgreement(service, [OWNER, PARTNER], { endDate: '2026-12-31', timeZone });
    const budget = await openBudget(service, agreementId, { ceiling: 50_000_000, fiscalYear: 2026 });
    const [allocation] = await db(service).query(
      `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, requested_at,
                                request_event_id)
       VALUES (gen_random_uuid(), $1, 2026, 'PROGRAM', gen_random_uuid(), 10000000, 'PENDING', now(), gen_random_uuid())
       RETURNING id`,
      [agreementId],
    );
    return { allocationId: allocation.id as string, budgetId: budget.id };
  }

  const approveAt = async (instant: string, pending: { allocationId: string; budgetId: string }) => {
    jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(new Date(instant));
    const reply = await call(
      service,
      financeOfficer(),
      'POST',
      `/allocations/${pending.allocationId}/approve`,
      {
        budgetId: pending.budgetId,
      },
    );
    return [reply.status, reply.body.code ?? reply.body.status, reply.body.detail ?? null];
  };

  it('at 00:30 WITA on 1 January (23:30 WIB on 31 December) refuses under the WITA agreement and approves under the WIB one', async () => {
    const wita = await pendingUnderEndedAgreement('Asia/Makassar');
    const wib = await pendingUnderEndedAgreement('Asia/Jakarta');
    expect(await approveAt('2026-12-31T16:30:00Z', wita)).toEqual([
      409,
      'allocation.not-fundable',
      'cannot approve: agreement expired',
    ]);
    expect(await approveAt('2026-12-31T16:30:00Z', wib)).toEqual([200, 'APPROVED', null]);
  });

  it('at 23:30 UTC on 31 December (UTC date still 31 December) refuses under WIB and WIT agreements ended that day', async () => {
    const wit = await pendingUnderEndedAgreement('Asia/Jayapura');
    const wib = await pendingUnderEndedAgreement('Asia/Jakarta');
    const refused = [409, 'allocation.not-fundable', 'cannot approve: agreement expired'];
    expect(await approveAt('2026-12-31T23:30:00Z', wit)).toEqual(refused);
    expect(await approveAt('2026-12-31T23:30:00Z', wib)).toEqual(refused);
  });

  it('takes WIB for an agreement signed before agencies had time zones', async () => {
    const agreementId = await activeAgreement(service, [OWNER, PARTNER], { endDate: '2026-12-31' });
    const [{ timeZone }] = await db(service).query(
      `SELECT time_zone AS "timeZone" FROM agreements WHERE id = $1`,
      [agreementId],
    );
    expect(timeZone).toBe('Asia/Jakarta');
  });
});
