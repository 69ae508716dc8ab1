import type { AllocationPurpose } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '../money/rupiah';

export const AllocationStatuses = ['PENDING', 'APPROVED', 'REJECTED', 'RELEASED'] as const;
export type AllocationStatus = (typeof AllocationStatuses)[number];

/** Money requested for a program or a reintegration grant, and the decision on it. */
@Entity('allocations')
export class Allocation {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('int', { name: 'fiscal_year' }) fiscalYear: number;
  @Column('text') purpose: AllocationPurpose;
  @Column('uuid', { name: 'program_id', nullable: true }) programId: string | null;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId: string | null;
  @Column('uuid', { name: 'grant_id', nullable: true }) grantId: string | null;
  @Column('bigint', { transformer: rupiahColumn }) amount: number;
  @Column('text') status: AllocationStatus;
  @Column('uuid', { name: 'budget_id', nullable: true }) budgetId: string | null;
  @Column('text', { name: 'rejection_reason', nullable: true }) rejectionReason: string | null;
  @Column('bigint', { name: 'released_amount', nullable: true, transformer: rupiahColumn })
  releasedAmount: number | null;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt: Date;
  @Column('uuid', { name: 'request_event_id' }) requestEventId: string;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('text', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  /** The signed-in officer who decided (both null for a system client or an automatic decision). */
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('text', { name: 'decided_by_user_name', nullable: true }) decidedByUserName: string | null;
}

/** The column of each property. */
const COLUMNS: Record<keyof Allocation, string> = {
  id: 'id',
  agreementId: 'agreement_id',
  fiscalYear: 'fiscal_year',
  purpose: 'purpose',
  programId: 'program_id',
  caseId: 'case_id',
  grantId: 'grant_id',
  amount: 'amount',
  status: 'status',
  budgetId: 'budget_id',
  rejectionReason: 'rejection_reason',
  releasedAmount: 'released_amount',
  requestedAt: 'requested_at',
  requestEventId: 'request_event_id',
  decidedAt: 'decided_at',
  decidedBy: 'decided_by',
  decidedByUserId: 'decided_by_user_id',
  decidedByUserName: 'decided_by_user_name',
};

/** An allocation row's columns as the entity's properties, for hand-written queries on hot paths. */
export const ALLOCATION_COLUMNS = Object.entries(COLUMNS)
  .map(([property, column]) => (property === column ? column : `${column} AS "${property}"`))
  .join(', ');

/** The parameterised UPDATE of `change` on the allocation `id`. */
export function allocationUpdate(id: string, change: Partial<Allocation>): [string, unknown[]] {
  const properties = (Object.keys(change) as Array<keyof Allocation>).filter((p) => change[p] !== undefined);
  const sets = properties.map((property, i) => `${COLUMNS[property]} = $${i + 1}`);
  return [
    `UPDATE allocations SET ${sets.join(', ')} WHERE id = $${properties.length + 1}`,
    [...properties.map((property) => change[property]), id],
  ];
}

/** A row read with ALLOCATION_COLUMNS as the entity (PostgreSQL hands bigints back as strings). */
export const allocationOfRow = (row: Allocation): Allocation => ({
  ...row,
  amount: rupiahColumn.from(row.amount),
  releasedAmount: rupiahColumn.from(row.releasedAmount),
});
