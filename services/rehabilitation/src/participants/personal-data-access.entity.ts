import { personFrom, type Person } from '@sinergi/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One read of a participant's unmasked personal data: who, when, through which route, and why. */
@Entity('personal_data_access')
export class PersonalDataAccess {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'participant_id' }) participantId: string;
  @Column({ name: 'client_id' }) clientId: string;
  @Column({ name: 'agency_code' }) agencyCode: string;
  /** The signed-in officer who read the data (both null for a system client). */
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text', { name: 'user_name', nullable: true }) userName: string | null;
  @Column() route: string;
  /** The reason given to see the full NIK (`POST /participants/{id}/nik-disclosures`); null for other reads. */
  @Column('text', { nullable: true }) reason: string | null;
  @Column('timestamptz', { name: 'accessed_at' }) accessedAt: Date;
}

/** An access log entry as the API shows it: the person who read the data as one object, or null. */
export type PersonalDataAccessView = Omit<PersonalDataAccess, 'userId' | 'userName'> & {
  accessedByUser: Person | null;
};

export function accessView(access: PersonalDataAccess): PersonalDataAccessView {
  const { userId, userName, ...rest } = access;
  return { ...rest, accessedByUser: personFrom(userId, userName) };
}
