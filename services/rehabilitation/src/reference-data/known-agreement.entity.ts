import { Column, Entity, PrimaryColumn } from 'typeorm';

export type KnownAgreementStatus = 'SIGNED' | 'ACTIVE' | 'TERMINATED' | 'EXPIRED';

/** What this service knows of an agreement, learned from agreements.agreement.v1. */
@Entity('known_agreement')
export class KnownAgreement {
  @PrimaryColumn('uuid') id: string;
  @Column() kind: string;
  @Column() status: KnownAgreementStatus;
  @Column('text', { array: true }) scopes: string[];
  @Column('text', { name: 'party_codes', array: true }) partyCodes: string[];
  @Column('date', { name: 'start_date' }) startDate: string;
  @Column('date', { name: 'end_date' }) endDate: string;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
