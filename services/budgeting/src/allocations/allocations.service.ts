import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  AllocationApprovedV1,
  AllocationRejectedV1,
  AllocationReleasedV1,
  AllocationRequestedV1,
  uuidv7,
  type AllocationEvent,
  type AllocationPurpose,
} from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import {
  Clock,
  currentCaller,
  DomainError,
  hasRole,
  InvalidInputException,
  type Page,
  type Person,
  personFrom,
  Roles,
  sibling,
  toPage,
} from '@sinergi/platform';
import { MoreThan, Raw, type FindOptionsWhere } from 'typeorm';
import { BudgetAccess } from '../access/budget-access';
import { AgreementRegistry } from '../agreements/agreement-registry';
import type { AgreementRecord } from '../agreements/agreement.entity';
import { BUDGET_COLUMNS, budgetOfRow, type Budget } from '../budgets/budget.entity';
import { Ledger, actingClient, actingPersonColumns } from '../ledger/ledger';
import { Allocation, ALLOCATION_COLUMNS, allocationOfRow, allocationUpdate } from './allocation.entity';
import type { AllocationListQuery } from './dto/allocation-list.query';
import { autoApprovalCandidates, fundingRefusal } from './funding-rules';

export interface FundingRequest {
  purpose: AllocationPurpose;
  agreementId: string;
  fiscalYear: number;
  amount: number;
  programId?: string;
  caseId?: string;
  grantId?: string;
}

export type AllocationView = Omit<Allocation, 'decidedByUserId' | 'decidedByUserName'> & {
  /** The signed-in officer who decided, or null (a system client, or decided automatically). */
  decidedByUser: Person | null;
  disbursed: number;
};

function allocationView(allocation: Allocation, disbursed: number): AllocationView {
  const { decidedByUserId, decidedByUserName, ...rest } = allocation;
  return { ...rest, decidedByUser: personFrom(decidedByUserId, decidedByUserName), disbursed };
}

/** What every allocation event carries about the allocation. */
export function allocationEventData(allocation: Allocation): AllocationEvent {
  return {
    agreementId: allocation.agreementId,
    fiscalYear: allocation.fiscalYear,
    purpose: allocation.purpose,
    programId: allocation.programId,
    caseId: allocation.caseId,
    grantId: allocation.grantId,
  };
}

/** The allocation saga: requests become PENDING allocations, decided automatically or by a finance officer. */
@Injectable()
export class Allocations {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly ledger: Ledger,
    private readonly access: BudgetAccess,
    private readonly agreements: AgreementRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a funding request (inside the event handler's transaction) and answers it at once when
   * it can: rejected when nothing can fund it, approved when a budget's auto-approval limit covers
   * it and funds are available; otherwise it waits for a finance officer.
   */
  async request(request: FundingRequest, requestEventId: string): Promise<void> {
    const manager = this.transactions.requireTransaction();
    const id = uuidv7();
    const openPerSubject =
      request.purpose === 'PROGRAM'
        ? `(program_id) WHERE status IN ('PENDING', 'APPROVED')`
        : `(grant_id) WHERE status IN ('PENDING', 'APPROVED')`;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO allocations (id, agreement_id, fiscal_year, purpose, program_id, case_id, grant_id, amount,
                                status, requested_at, request_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', $9, $10)
       ON CONFLICT ${openPerSubject} DO NOTHING
       RETURNING id`,
      [
        id,
        request.agreementId,
        request.fiscalYear,
        request.purpose,
        request.programId ?? null,
        request.caseId ?? null,
        request.grantId ?? null,
        request.amount,
        this.clock.now(),
        requestEventId,
      ],
    );
    if (inserted.length === 0) return; // this program or grant already has an open allocation
    const allocation = await manager.findOneByOrFail(Allocation, { id });
    await this.events.publish(AllocationRequestedV1, id, {
      ...allocationEventData(allocation),
      amount: allocation.amount,
    });

    const agreement = await this.agreements.findLockedForShare(allocation.agreementId);
    const budgets = await this.budgetsFor(allocation);
    const refusal = fundingRefusal(
      agreement,
      budgets.length,
      allocation.fiscalYear,
      this.clock.today(agreement?.timeZone),
    );
    if (refusal) return this.markRejected(allocation, refusal);

    for (const budget of autoApprovalCandidates(budgets, allocation.amount)) {
      const balances = await this.ledger.lockBalances(budget.id);
      if (allocation.amount <= balances.available) {
        return this.markApproved(
          allocation,
          budget,
          'approved automatically: within the auto-approval limit',
        );
      }
    }
  }

  approve(id: string, budgetId: string | undefined): Promise<AllocationView> {
    return this.transactions.run(async () => {
      // The agreement first, with the share lock request() takes: a termination or expiry being
      // recorded waits for this decision, or this decision waits for it and sees the request rejected.
      const agreement = await this.lockAgreementOf(id);
      const allocation = await this.lockAllocation(id);
      if (!allocation || !this.access.seesAgreement(currentCaller(), agreement))
        throw new NotFoundException(`allocation ${id} not found`);
      this.assertMayDecide();
      assertPending(allocation);
      const budgets = await this.budgetsFor(allocation);
      const budget = chooseBudget(allocation, budgets, budgetId);
      this.access.assertMayManage(currentCaller(), budget.ownerAgencyCode, 'approve against this budget');
      const refusal = fundingRefusal(
        agreement,
        budgets.length,
        allocation.fiscalYear,
        this.clock.today(agreement?.timeZone),
      );
      if (refusal) throw new DomainError('allocation.not-fundable', `cannot approve: ${refusal}`);
      const balances = await this.ledger.lockBalances(budget.id);
      if (allocation.amount > balances.available) {
        throw new DomainError(
          'budget.insufficient-funds',
          `not enough available in budget ${budget.id}: ${balances.available} available, ${allocation.amount} requested`,
        );
      }
      await this.markApproved(allocation, budget, 'approved by a finance officer');
      return allocationView(allocation, 0); // it was PENDING: nothing paid yet
    });
  }

  reject(id: string, reason: string): Promise<AllocationView> {
    return this.transactions.run(async () => {
      const allocation = await this.lockVisible(id);
      this.assertMayDecide();
      assertPending(allocation);
      const owners = (await this.budgetsFor(allocation)).map((b) => b.ownerAgencyCode);
      const caller = currentCaller();
      if (!hasRole(caller, Roles.platformAdmin) && !owners.some((o) => this.access.mayManage(caller, o))) {
        throw new ForbiddenException(
          `only a finance officer of an agency owning a budget of this agreement for ${allocation.fiscalYear} may reject it`,
        );
      }
      await this.markRejected(allocation, reason);
      return allocationView(allocation, 0);
    });
  }

  /** A cancelled program returns what was not spent; a request still pending is rejected. */
  async onProgramCancelled(programId: string): Promise<void> {
    const allocation = await this.transactions.requireTransaction().findOne(Allocation, {
      where: [
        { programId, status: 'PENDING' },
        { programId, status: 'APPROVED' },
      ],
      lock: { mode: 'pessimistic_write' },
    });
    if (!allocation) return;
    if (allocation.status === 'PENDING') return this.markRejected(allocation, 'program cancelled');
    await this.release(allocation, 'program cancelled');
  }

  /** Requests still pending under an agreement that ended can never be approved: answer them now. */
  async rejectPendingOf(agreementId: string, reason: string): Promise<void> {
    await this.agreements.lockForUpdate(agreementId);
    const pending = await this.transactions.requireTransaction().find(Allocation, {
      where: { agreementId, status: 'PENDING' },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const allocation of pending) await this.markRejected(allocation, reason);
  }

  async get(id: string): Promise<AllocationView> {
    const allocation = await this.transactions.manager.findOneBy(Allocation, { id });
    if (!allocation || !(await this.access.canSeeAgreement(currentCaller(), allocation.agreementId))) {
      throw new NotFoundException(`allocation ${id} not found`);
    }
    return this.view(allocation);
  }

  async list(query: AllocationListQuery): Promise<Page<AllocationView>> {
    const agreements = await this.access.agreementFilter(currentCaller(), query.agreementId);
    if (agreements === null) return toPage([], query.limit);
    const where: FindOptionsWhere<Allocation> = {};
    if (agreements) where.agreementId = agreements;
    if (query.budgetId) where.budgetId = query.budgetId;
    if (query.status) where.status = query.status;
    if (query.purpose) where.purpose = query.purpose;
    if (query.cursor) where.id = MoreThan(query.cursor);
    if (query.updatedSince)
      // Requested, decided, or moved in the ledger (disbursed, released) at or after the instant.
      where.requestedAt = Raw(
        (requestedAt) =>
          `(${requestedAt} >= :since OR ${sibling(requestedAt, 'decided_at')} >= :since
            OR EXISTS (SELECT 1 FROM ledger_entries l
                        WHERE l.allocation_id = ${sibling(requestedAt, 'id')} AND l.recorded_at >= :since))`,
        { since: query.updatedSince },
      );
    const rows = await this.transactions.manager.find(Allocation, {
      where,
      order: { id: 'ASC' },
      take: query.limit + 1,
    });
    const disbursed = await this.ledger.disbursedOf(rows.map((a) => a.id));
    return toPage(
      rows.map((a) => allocationView(a, disbursed.get(a.id) ?? 0)),
      query.limit,
    );
  }

  /** Share-locks the agreement of an allocation (its agreement never changes), before the allocation row. */
  private async lockAgreementOf(allocationId: string): Promise<AgreementRecord | null> {
    const [row]: AgreementRecord[] = await this.transactions.requireTransaction().query(
      `SELECT ag.id, ag.status, ag.party_codes AS "partyCodes", ag.start_date::text AS "startDate",
              ag.end_date::text AS "endDate", ag.time_zone AS "timeZone", ag.updated_at AS "updatedAt"
         FROM agreements ag
        WHERE ag.id = (SELECT agreement_id FROM allocations WHERE id = $1)
          FOR SHARE OF ag`,
      [allocationId],
    );
    return row ?? null;
  }

  /**
   * Locks the allocation row (after its agreement's, before its budget's: always in that order);
   * 404 when out of scope.
   */
  async lockVisible(id: string): Promise<Allocation> {
    const allocation = await this.lockAllocation(id);
    if (!allocation || !(await this.access.canSeeAgreement(currentCaller(), allocation.agreementId))) {
      throw new NotFoundException(`allocation ${id} not found`);
    }
    return allocation;
  }

  private async lockAllocation(id: string): Promise<Allocation | null> {
    const [row]: Allocation[] = await this.transactions
      .requireTransaction()
      .query(`SELECT ${ALLOCATION_COLUMNS} FROM allocations WHERE id = $1 FOR UPDATE`, [id]);
    return row ? allocationOfRow(row) : null;
  }

  async view(allocation: Allocation): Promise<AllocationView> {
    const disbursed = await this.ledger.disbursedOf([allocation.id]);
    return allocationView(allocation, disbursed.get(allocation.id) ?? 0);
  }

  private assertMayDecide() {
    if (!hasRole(currentCaller(), Roles.platformAdmin, Roles.financeOfficer)) {
      throw new ForbiddenException('only finance officers and platform admins decide on allocations');
    }
  }

  private async budgetsFor(allocation: Allocation): Promise<Budget[]> {
    const rows: Budget[] = await this.transactions.manager.query(
      `SELECT ${BUDGET_COLUMNS} FROM budgets WHERE agreement_id = $1 AND fiscal_year = $2 ORDER BY id`,
      [allocation.agreementId, allocation.fiscalYear],
    );
    return rows.map(budgetOfRow);
  }

  /**
   * Call with the budget row locked and the amount known to be available, last in the transaction:
   * the allocation's update and its ledger entry go with the commit (Transactions.atCommit).
   */
  private async markApproved(allocation: Allocation, budget: Budget, reason: string): Promise<void> {
    const change = { ...this.decision('APPROVED'), budgetId: budget.id };
    Object.assign(allocation, change);
    const [text, values] = allocationUpdate(allocation.id, change);
    this.transactions.atCommit({ text, values });
    this.ledger.appendAtCommit({
      budgetId: budget.id,
      kind: 'ALLOCATED',
      amount: allocation.amount,
      allocatedChange: allocation.amount,
      allocationId: allocation.id,
      reason,
    });
    await this.events.publish(AllocationApprovedV1, allocation.id, {
      ...allocationEventData(allocation),
      budgetId: budget.id,
      amount: allocation.amount,
    });
  }

  private async markRejected(allocation: Allocation, reason: string): Promise<void> {
    await this.change(allocation, { ...this.decision('REJECTED'), rejectionReason: reason });
    await this.events.publish(AllocationRejectedV1, allocation.id, {
      ...allocationEventData(allocation),
      reason,
    });
  }

  private async release(allocation: Allocation, reason: string): Promise<void> {
    await this.ledger.lockBalances(allocation.budgetId!);
    const disbursed = (await this.ledger.disbursedOf([allocation.id])).get(allocation.id) ?? 0;
    const unspent = allocation.amount - disbursed;
    await this.change(allocation, { ...this.decision('RELEASED'), releasedAmount: unspent });
    await this.ledger.append({
      budgetId: allocation.budgetId!,
      kind: 'RELEASED',
      amount: unspent,
      allocatedChange: -unspent,
      allocationId: allocation.id,
      reason,
    });
    await this.events.publish(AllocationReleasedV1, allocation.id, {
      ...allocationEventData(allocation),
      amount: unspent,
    });
  }

  private async change(allocation: Allocation, change: Partial<Allocation>): Promise<void> {
    Object.assign(allocation, change);
    await this.transactions.requireTransaction().query(...allocationUpdate(allocation.id, change));
  }

  private decision(status: Allocation['status']): Partial<Allocation> {
    return {
      status,
      decidedAt: this.clock.now(),
      decidedBy: actingClient(),
      ...actingPersonColumns('decidedByUserId', 'decidedByUserName'),
    };
  }
}

function assertPending(allocation: Allocation) {
  if (allocation.status !== 'PENDING') {
    throw new DomainError(
      'allocation.invalid-state',
      `allocation ${allocation.id} is ${allocation.status}, not PENDING`,
    );
  }
}

function chooseBudget(allocation: Allocation, budgets: Budget[], budgetId: string | undefined): Budget {
  if (budgetId) {
    const chosen = budgets.find((b) => b.id === budgetId);
    if (!chosen) {
      throw new DomainError(
        'budget.not-applicable',
        `budget ${budgetId} is not a budget of agreement ${allocation.agreementId} for ${allocation.fiscalYear}`,
      );
    }
    return chosen;
  }
  if (budgets.length === 0) {
    throw new DomainError(
      'budget.not-applicable',
      `no budget for this agreement in fiscal year ${allocation.fiscalYear}`,
    );
  }
  if (budgets.length > 1) {
    throw new InvalidInputException([
      {
        field: 'budgetId',
        message: `budgetId is required: the agreement has ${budgets.length} budgets for ${allocation.fiscalYear}`,
      },
    ]);
  }
  return budgets[0];
}
