import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ProgramStatuses = [
  'DRAFT',
  'AWAITING_FUNDING',
  'FUNDED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const;
export type ProgramStatus = (typeof ProgramStatuses)[number];

/** NOT_REQUESTED → PENDING → APPROVED, or REJECTED (the program is back in DRAFT). */
export type FundingStatus = 'NOT_REQUESTED' | 'PENDING' | 'APPROVED' | 'REJECTED';

const rupiah = { to: (value: number) => value, from: (value: string) => Number(value) };

@Entity('program')
export class Program {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column({ name: 'facility_code' }) facilityCode: string;
  @Column() track: string;
  @Column() category: string;
  @Column() title: string;
  @Column('text', { name: 'provider_agency_code', nullable: true }) providerAgencyCode: string | null;
  @Column('int') capacity: number;
  @Column('date', { name: 'start_date' }) startDate: string;
  @Column('date', { name: 'end_date' }) endDate: string;
  @Column('int', { name: 'planned_sessions' }) plannedSessions: number;
  @Column('bigint', { name: 'budget_requested', transformer: rupiah }) budgetRequested: number;
  @Column('text') status: ProgramStatus;
  @Column('text', { name: 'funding_status' }) fundingStatus: FundingStatus;
  @Column('uuid', { name: 'allocation_id', nullable: true }) allocationId: string | null;
  @Column('text', { name: 'rejection_reason', nullable: true }) rejectionReason: string | null;
  @Column('text', { name: 'cancellation_reason', nullable: true }) cancellationReason: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
