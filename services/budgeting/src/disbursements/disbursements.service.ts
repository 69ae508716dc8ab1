import { ForbiddenException, Injectable } from '@nestjs/common';
import { DisbursementRecordedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, currentCaller, DomainError } from '@sinergi/platform';
import { BudgetAccess } from '../access/budget-access';
import { allocationEventData, Allocations } from '../allocations/allocations.service';
import { Budget } from '../budgets/budget.entity';
import { Ledger, actingClient } from '../ledger/ledger';
import { Disbursement } from './disbursement.entity';
import type { RecordDisbursementDto } from './dto/record-disbursement.dto';

export type DisbursementView = Omit<Disbursement, 'recordedBy'> & {
  disbursedTotal: number;
  remaining: number;
};

@Injectable()
export class Disbursements {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly allocations: Allocations,
    private readonly ledger: Ledger,
    private readonly access: BudgetAccess,
    private readonly clock: Clock,
  ) {}

  /**
   * Pays out against an approved allocation, once per payment reference; the allocation and budget
   * rows stay locked until commit.
   */
  record(allocationId: string, dto: RecordDisbursementDto): Promise<DisbursementView> {
    return this.transactions.run(async (manager) => {
      const allocation = await this.allocations.lockVisible(allocationId);
      if (allocation.status !== 'APPROVED' || !allocation.budgetId) {
        throw new DomainError(
          'allocation.invalid-state',
          `allocation ${allocation.id} is ${allocation.status}: only APPROVED allocations are disbursed`,
        );
      }
      const budget = await manager.findOneByOrFail(Budget, { id: allocation.budgetId });
      if (!this.access.mayManage(currentCaller(), budget.ownerAgencyCode)) {
        throw new ForbiddenException(
          `only a finance officer of ${budget.ownerAgencyCode} (the budget's owner) or a platform admin may disburse`,
        );
      }
      const [paid] = await manager.query(
        `SELECT id FROM disbursements WHERE allocation_id = $1 AND reference = $2`,
        [allocation.id, dto.reference],
      );
      if (paid) {
        throw new DomainError(
          'disbursement.duplicate-reference',
          `reference ${dto.reference} was already disbursed against allocation ${allocation.id} (disbursement ${paid.id})`,
        );
      }
      await this.ledger.lockBalances(budget.id);
      const disbursed = (await this.ledger.disbursedOf([allocation.id])).get(allocation.id) ?? 0;
      const remaining = allocation.amount - disbursed;
      if (dto.amount > remaining) {
        throw new DomainError(
          'disbursement.exceeds-allocation',
          `${dto.amount} exceeds the remaining allocation: ${remaining} of ${allocation.amount} left`,
        );
      }
      const disbursement = manager.create(Disbursement, {
        id: uuidv7(),
        allocationId: allocation.id,
        budgetId: budget.id,
        amount: dto.amount,
        date: dto.date,
        description: dto.description,
        reference: dto.reference,
        recordedBy: actingClient(),
        recordedAt: this.clock.now(),
      });
      await manager.insert(Disbursement, disbursement);
      await this.ledger.append({
        budgetId: budget.id,
        kind: 'DISBURSED',
        amount: dto.amount,
        disbursedChange: dto.amount,
        allocationId: allocation.id,
        disbursementId: disbursement.id,
        reason: dto.description,
      });
      const disbursedTotal = disbursed + dto.amount;
      await this.events.publish(DisbursementRecordedV1, allocation.id, {
        ...allocationEventData(allocation),
        amount: dto.amount,
        disbursedTotal,
        date: dto.date,
      });
      const { recordedBy: _recordedBy, ...view } = disbursement;
      return { ...view, disbursedTotal, remaining: allocation.amount - disbursedTotal };
    });
  }
}
