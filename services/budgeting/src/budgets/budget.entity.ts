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

/** A budget row's columns as the entity's properties, for hand-written queries on hot paths. */
export const BUDGET_COLUMNS = `id, agreement_id AS "agreementId", fiscal_year AS "fiscalYear", source,
  owner_agency_code AS "ownerAgencyCode", auto_approve_limit AS "autoApproveLimit", created_by AS "createdBy",
  created_at AS "createdAt"`;

/** A row read with BUDGET_COLUMNS as the entity (PostgreSQL hands bigints back as strings). */
export const budgetOfRow = (row: Budget): Budget => ({
  ...row,
  autoApproveLimit: rupiahColumn.from(row.autoApproveLimit),
});
