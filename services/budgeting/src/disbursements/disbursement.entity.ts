import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '../money/rupiah';

/** Money paid out (realisasi) against an approved allocation. */
@Entity('disbursements')
export class Disbursement {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'allocation_id' }) allocationId: string;
  @Column('uuid', { name: 'budget_id' }) budgetId: string;
  @Column('bigint', { transformer: rupiahColumn }) amount: number;
  @Column('date') date: string;
  @Column('text') description: string;
  @Column('text') reference: string;
  @Column('text', { name: 'recorded_by' }) recordedBy: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
}
