import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { AllocationPurposes, BudgetSources } from '../domain-values';
import { EventContract } from '../event-contract';
import { Topics } from '../topics';
import { IsCalendarDate, IsFiscalYear, IsRupiah } from '../validators';

const budget = { topic: Topics.budget, aggregateType: 'budget', version: 1 } as const;
const allocation = { topic: Topics.allocation, aggregateType: 'allocation', version: 1 } as const;

abstract class BudgetEvent {
  @IsUUID() agreementId: string;
  @IsFiscalYear() fiscalYear: number;
}

@EventContract({
  ...budget,
  type: 'budget.opened',
  repeats: false,
  description: 'A budget was opened with its ceiling.',
})
export class BudgetOpenedV1 extends BudgetEvent {
  @IsIn(BudgetSources) source: string;
  @IsRupiah() ceiling: number;
}

@EventContract({
  ...budget,
  type: 'budget.revised',
  repeats: { when: 'on every revision', keyOn: 'aggregateId (the latest ceiling wins)' },
  description: 'A budget ceiling was revised.',
})
export class BudgetRevisedV1 extends BudgetEvent {
  @IsRupiah() ceiling: number;
}

/** Every allocation event names the agreement, purpose and what it funds. */
export abstract class AllocationEvent {
  @IsUUID() agreementId: string;
  @IsFiscalYear() fiscalYear: number;
  @IsIn(AllocationPurposes) purpose: string;
  @IsOptional() @IsUUID() programId: string | null;
  @IsOptional() @IsUUID() caseId: string | null;
  @IsOptional() @IsUUID() grantId: string | null;
}

@EventContract({
  ...allocation,
  type: 'allocation.requested',
  repeats: false,
  description: 'A funding request became a pending allocation.',
})
export class AllocationRequestedV1 extends AllocationEvent {
  @IsRupiah() amount: number;
}

@EventContract({
  ...allocation,
  type: 'allocation.approved',
  repeats: false,
  description: 'Money was reserved against a budget.',
})
export class AllocationApprovedV1 extends AllocationEvent {
  @IsUUID() budgetId: string;
  @IsRupiah() amount: number;
}

@EventContract({
  ...allocation,
  type: 'allocation.rejected',
  repeats: false,
  description: 'The funding request was refused.',
})
export class AllocationRejectedV1 extends AllocationEvent {
  @IsString() reason: string;
}

@EventContract({
  ...allocation,
  type: 'allocation.released',
  repeats: false,
  description: 'Unspent reserved money returned to the budget.',
})
export class AllocationReleasedV1 extends AllocationEvent {
  @IsRupiah() amount: number;
}

@EventContract({
  ...allocation,
  type: 'disbursement.recorded',
  repeats: {
    when: 'once per disbursement',
    keyOn: 'the event id (data.disbursedTotal is the running total)',
  },
  description: 'Money was paid out against an allocation.',
})
export class DisbursementRecordedV1 extends AllocationEvent {
  @IsRupiah() amount: number;
  @IsRupiah() disbursedTotal: number;
  @IsCalendarDate() date: string;
}
