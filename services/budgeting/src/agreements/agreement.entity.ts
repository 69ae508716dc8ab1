import { Column, Entity, PrimaryColumn } from 'typeorm';

export const AgreementStatuses = [
  'DRAFT',
  'PENDING_SIGNATURE',
  'SIGNED',
  'ACTIVE',
  'TERMINATED',
  'EXPIRED',
] as const;
export type AgreementStatus = (typeof AgreementStatuses)[number];

/** What budgeting knows of an agreement, learned from `agreements.agreement.v1`. */
@Entity('agreements')
export class AgreementRecord {
  @PrimaryColumn('uuid') id: string;
  @Column('text') status: AgreementStatus;
  @Column('text', { name: 'party_codes', array: true }) partyCodes: string[];
  @Column('date', { name: 'start_date', nullable: true }) startDate: string | null;
  @Column('date', { name: 'end_date', nullable: true }) endDate: string | null;
  /** Whose local date "today" is for this agreement (its first party's, fixed when signed). */
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
