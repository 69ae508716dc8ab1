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

/** An allocation row's columns as the entity's properties, for hand-written queries on hot paths. */
export const ALLOCATION_COLUMNS = `id, agreement_id AS "agreementId", fiscal_year AS "fiscalYear", purpose,
  program_id AS "programId", case_id AS "caseId", grant_id AS "grantId", amount, status, budget_id AS "budgetId",
  rejection_reason AS "rejectionReason", released_amount AS "releasedAmount", requested_at AS "requestedAt",
  request_event_id AS "requestEventId", decided_at AS "decidedAt", decided_by AS "decidedBy",
  decided_by_user_id AS "decidedByUserId", decided_by_user_name AS "decidedByUserName"`;

/** A row read with ALLOCATION_COLUMNS as the entity (PostgreSQL hands bigints back as strings). */
export const allocationOfRow = (row: Allocation): Allocation => ({
  ...row,
  amount: rupiahColumn.from(row.amount),
  releasedAmount: rupiahColumn.from(row.releasedAmount),
});
