import type { BudgetSource } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '../money/rupiah';

/** A budget's identity and rules; its money lives in the ledger. */
@Entity('budgets')
export class Budget {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('int', { name: 'fiscal_year' }) fiscalYear: number;
  @Column('text') source: BudgetSource;
  @Column('text', { name: 'owner_agency_code' }) ownerAgencyCode: string;
  @Column('bigint', { name: 'auto_approve_limit', nullable: true, transformer: rupiahColumn })
  autoApproveLimit: number | null;
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
