import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One read of a participant's unmasked personal data: who, when, and through which route. */
@Entity('personal_data_access')
export class PersonalDataAccess {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'participant_id' }) participantId: string;
  @Column({ name: 'client_id' }) clientId: string;
  @Column({ name: 'agency_code' }) agencyCode: string;
  @Column() route: string;
  @Column('timestamptz', { name: 'accessed_at' }) accessedAt: Date;
}
