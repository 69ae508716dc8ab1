import { Column, Entity, PrimaryColumn } from 'typeorm';

export type KnownAgreementStatus = 'SIGNED' | 'ACTIVE' | 'TERMINATED' | 'EXPIRED';

/** Statuses only move forward, so a late or replayed event never revives an ended agreement. */
export const StatusRank: Record<KnownAgreementStatus, number> = {
  SIGNED: 1,
  ACTIVE: 2,
  TERMINATED: 3,
  EXPIRED: 3,
};

/**
 * What this service knows of an agreement, learned from agreements.agreement.v1. The terms are
 * null when a status change arrived before agreement.signed (it came back through the retry topic).
 */
@Entity('known_agreement')
export class KnownAgreement {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { nullable: true }) kind: string | null;
  @Column('text') status: KnownAgreementStatus;
  @Column('text', { array: true, nullable: true }) scopes: string[] | null;
  @Column('text', { name: 'party_codes', array: true, nullable: true }) partyCodes: string[] | null;
  @Column('date', { name: 'start_date', nullable: true }) startDate: string | null;
  @Column('date', { name: 'end_date', nullable: true }) endDate: string | null;
  @Column('int') version: number;
  /** Its first party's time zone, fixed when signed: whose date says whether it is in force. */
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
