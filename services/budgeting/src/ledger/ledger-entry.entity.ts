import { personFrom, type Person } from '@sinergi/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '../money/rupiah';

export const LedgerKinds = ['CEILING_SET', 'CEILING_REVISED', 'ALLOCATED', 'RELEASED', 'DISBURSED'] as const;
export type LedgerKind = (typeof LedgerKinds)[number];

/**
 * One immutable ledger line (a database trigger refuses UPDATE, DELETE and TRUNCATE). Each balance
 * of a budget is the sum of its `*Change` column over the budget's entries.
 */
@Entity('ledger_entries')
export class LedgerEntry {
  @PrimaryColumn('uuid') id: string;
  /** Recording order, assigned by the database; not part of the API. */
  @Column({ type: 'bigint', insert: false, update: false, select: false }) seq: string;
  @Column('text') kind: LedgerKind;
  @Column('uuid', { name: 'budget_id' }) budgetId: string;
  /** The amount the entry is about: money allocated, released or disbursed, or the new ceiling. */
  @Column('bigint', { transformer: rupiahColumn }) amount: number;
  @Column('bigint', { name: 'ceiling_change', transformer: rupiahColumn }) ceilingChange: number;
  @Column('bigint', { name: 'allocated_change', transformer: rupiahColumn }) allocatedChange: number;
  @Column('bigint', { name: 'disbursed_change', transformer: rupiahColumn }) disbursedChange: number;
  @Column('uuid', { name: 'allocation_id', nullable: true }) allocationId: string | null;
  @Column('uuid', { name: 'disbursement_id', nullable: true }) disbursementId: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  /** The client that acted, or `system` for automatic decisions. */
  @Column('text', { name: 'recorded_by' }) recordedBy: string;
  /** The signed-in officer who acted (both null for a system client or automatic work). */
  @Column('uuid', { name: 'recorded_by_user_id', nullable: true }) recordedByUserId: string | null;
  @Column('text', { name: 'recorded_by_user_name', nullable: true }) recordedByUserName: string | null;
  /** The event or request (correlation id) that caused the entry. */
  @Column('text', { name: 'caused_by', nullable: true }) causedBy: string | null;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
}

/** A ledger line as the API shows it: the person who acted as one object, or null. */
export type LedgerEntryView = Omit<LedgerEntry, 'seq' | 'recordedByUserId' | 'recordedByUserName'> & {
  recordedByUser: Person | null;
};

export function ledgerEntryView(entry: LedgerEntry): LedgerEntryView {
  const { seq: _seq, recordedByUserId, recordedByUserName, ...rest } = entry;
  return { ...rest, recordedByUser: personFrom(recordedByUserId, recordedByUserName) };
}
