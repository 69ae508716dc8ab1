import { ProgramFundingRequestedV1, uuidv7 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { eventually, PLATFORM_ADMIN, publishTestEvent, startTestService } from '@sinergi/testing';
import { budgetingService } from '../src/service';
import { activeAgreement, call, db, financeOfficer, openBudget, OWNER, PARTNER } from './fixtures';

const STRANGER = 'PEMKAB-KERINCI';

describe('budget scope: owners are parties, allocations are seen and decided by parties only', () => {
  let service: RunningService;
  let agreementId: string;
  let allocationId: string;

  beforeAll(async () => {
    service = await startTestService(budgetingService);
    agreementId = await activeAgreement(service, [OWNER, PARTNER]);
    await openBudget(service, agreementId, { ceiling: 10_000_000 });
    const programId = uuidv7();
    await publishTestEvent(
      ProgramFundingRequestedV1,
      programId,
      Object.assign(new ProgramFundingRequestedV1(), {
        agreementId,
        facilityCode: 'LAPAS-MUARO-JAMBI',
        track: 'KEMANDIRIAN',
        amount: 3_000_000,
        fiscalYear: 2027,
      }),
    );
    const rows = await eventually(
      () => db(service).query(`SELECT id FROM allocations WHERE program_id = $1`, [programId]),
      (found: Array<{ id: string }>) => found.length === 1,
    );
    allocationId = rows[0].id;
  });
  afterAll(async () => {
    await service?.stop();
  });

  const budgetRows = async () =>
    Number(
      (await db(service).query(`SELECT count(*) AS n FROM budgets WHERE agreement_id = $1`, [agreementId]))[0]
        .n,
    );

  it('refuses a budget opened by the finance officer of an agency party to nothing: 404, nothing written', async () => {
    const before = await budgetRows();
    const attempt = await call(service, financeOfficer(STRANGER), 'POST', '/budgets', {
      agreementId,
      fiscalYear: 2027,
      source: 'APBD',
      ownerAgencyCode: STRANGER,
      ceiling: 1_000_000_000,
      autoApproveLimit: 1_000_000_000,
    });
    expect([attempt.status, attempt.body.code]).toEqual([404, 'resource.not-found']);
    expect(await budgetRows()).toBe(before);
  });

  it('refuses a platform-admin naming an owner that is no party (409 budget.owner-not-party)', async () => {
    const attempt = await call(service, PLATFORM_ADMIN, 'POST', '/budgets', {
      agreementId,
      fiscalYear: 2028,
      source: 'APBD',
      ownerAgencyCode: STRANGER,
      ceiling: 1_000,
    });
    expect([attempt.status, attempt.body.code]).toEqual([409, 'budget.owner-not-party']);
  });

  it('shows and lets decide allocations to parties only, even to the owner of a budget that is no party', async () => {
    // A budget owned by a non-party, as could be opened before the rule: it grants nothing.
    await db(service).query(
      `INSERT INTO budgets (id, agreement_id, fiscal_year, source, owner_agency_code, created_by, created_at)
       VALUES ($1, $2, 2027, 'HIBAH', $3, 'legacy', now())`,
      [uuidv7(), agreementId, STRANGER],
    );
    const stranger = financeOfficer(STRANGER);
    expect((await call(service, stranger, 'GET', `/allocations/${allocationId}`)).status).toBe(404);
    expect(
      (await call(service, stranger, 'GET', `/allocations?agreementId=${agreementId}`)).body.items,
    ).toEqual([]);
    expect((await call(service, stranger, 'GET', '/allocations?limit=500')).body.items).toEqual([]);
    expect((await call(service, stranger, 'GET', `/budgets?agreementId=${agreementId}`)).body.items).toEqual(
      [],
    );
    for (const [action, body] of [
      ['approve', {}],
      ['reject', { reason: 'not mine' }],
    ] as const) {
      const decided = await call(service, stranger, 'POST', `/allocations/${allocationId}/${action}`, body);
      expect([action, decided.status]).toEqual([action, 404]);
    }
    const [{ status }] = await db(service).query(`SELECT status FROM allocations WHERE id = $1`, [
      allocationId,
    ]);
    expect(status).toBe('PENDING');
    // A party sees it; the party owning the budget decides it.
    expect((await call(service, financeOfficer(PARTNER), 'GET', `/allocations/${allocationId}`)).status).toBe(
      200,
    );
  });
});
