import { AgreementTerminatedV1, contractOf, uuidv7, type EventEnvelope } from '@sinergi/contracts';
import { EventHandlers, Transactions } from '@sinergi/messaging';
import type { RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { budgetingService } from '../src/service';
import { call, db, financeOfficer, openBudget, OWNER, PARTNER } from './fixtures';

jest.setTimeout(300_000);

const RACES = 200;

/**
 * Handles `agreement.terminated` exactly as the consumer does: every handler of the service for
 * that event, in one transaction (without Kafka's delivery delay, so the race is tight).
 */
function terminate(service: RunningService, agreementId: string): Promise<void> {
  const { type, version } = contractOf(AgreementTerminatedV1);
  const handlers = service.app.get(EventHandlers, { strict: false }).forEvent(type, version);
  const event: EventEnvelope = {
    id: uuidv7(),
    type,
    version,
    source: 'test',
    occurredAt: new Date().toISOString(),
    aggregateType: 'agreement',
    aggregateId: agreementId,
    correlationId: uuidv7(),
    causationId: null,
    data: { reason: 'MoU dicabut' },
  };
  return service.app.get(Transactions, { strict: false }).run(async () => {
    for (const handler of handlers) await handler.handle(event.data, event);
  });
}

async function raceOnce(service: RunningService, index: number) {
  const agreementId = uuidv7();
  await db(service).query(
    `INSERT INTO agreements (id, status, party_codes, start_date, end_date, updated_at)
     VALUES ($1, 'ACTIVE', $2, '2026-01-01', '2099-12-31', now())`,
    [agreementId, [OWNER, PARTNER]],
  );
  await openBudget(service, agreementId, { ceiling: 10_000_000, fiscalYear: 2027 });
  const [{ id }] = await db(service).query(
    `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, amount, status, requested_at,
                              request_event_id)
     VALUES (gen_random_uuid(), $1, 2027, 'PROGRAM', gen_random_uuid(), 1000000, 'PENDING', now(), gen_random_uuid())
     RETURNING id`,
    [agreementId],
  );
  // Alternate which side starts first; when the approval starts first, the termination follows it
  // after 0 to 24 ms, sweeping the window in which they overlap, so that both orders occur on a fast
  // machine as on a slow one (the approval travels over HTTP, the termination does not).
  const approve = () => call(service, financeOfficer(), 'POST', `/allocations/${id}/approve`, {});
  const lag = (index >> 1) % 25;
  const [reply] =
    index % 2 === 0
      ? await Promise.all([
          approve(),
          new Promise((resolve) => setTimeout(resolve, lag)).then(() => terminate(service, agreementId)),
        ])
      : await Promise.all([terminate(service, agreementId).then(() => null), approve()]).then(([, r]) => [r]);
  const [row] = await db(service).query(
    `SELECT al.status, al.rejection_reason, al.decided_at, ag.status AS agreement_status,
            ag.updated_at AS terminated_at,
            (SELECT count(*)::int FROM ledger_entries le WHERE le.allocation_id = al.id) AS ledger_entries
       FROM allocations al JOIN agreements ag ON ag.id = al.agreement_id
      WHERE al.id = $1`,
    [id],
  );
  return { reply: reply!, row };
}

describe('an approval racing the termination of its agreement (real PostgreSQL)', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(budgetingService);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it(`never commits an approval after budgeting recorded the termination, in ${RACES} races`, async () => {
    const outcomes = [];
    for (let i = 0; i < RACES; i++) outcomes.push(await raceOnce(service, i));

    const approved = outcomes.filter((o) => o.row.status === 'APPROVED');
    const rejected = outcomes.filter((o) => o.row.status === 'REJECTED');
    const decidedAfterTermination = approved.filter(
      (o) => new Date(o.row.decided_at).getTime() > new Date(o.row.terminated_at).getTime(),
    );
    console.log(
      `${RACES} approval/termination races: approved=${approved.length} rejected=${rejected.length} ` +
        `approved after the termination was recorded=${decidedAfterTermination.length}`,
    );

    expect(decidedAfterTermination.map((o) => o.row)).toEqual([]);
    expect(approved.length + rejected.length).toBe(RACES);
    for (const { reply, row } of outcomes) {
      expect(row.agreement_status).toBe('TERMINATED');
      if (row.status === 'APPROVED') {
        expect(reply.status).toBe(200);
        expect(row.ledger_entries).toBe(1);
      } else {
        expect(reply.status).toBe(409);
        expect(reply.body.code).toBe('allocation.invalid-state');
        expect(row.rejection_reason).toBe('agreement terminated');
        expect(row.ledger_entries).toBe(0);
      }
    }
    // the race was real: both orders happened
    expect(approved.length).toBeGreaterThan(0);
    expect(rejected.length).toBeGreaterThan(0);
  });
});
