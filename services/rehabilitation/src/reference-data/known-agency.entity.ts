import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency registered on the platform, learned from agreements.agency.v1. */
@Entity('known_agency')
export class KnownAgency {
  @PrimaryColumn() code: string;
  @Column() kind: string;
  @Column({ name: 'region_code' }) regionCode: string;
  @Column() name: string;
  /** Whose local dates the agency keeps (docs/domain.md). */
  @Column({ name: 'time_zone' }) timeZone: string;
}
