import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ParticipantStatuses = ['INCARCERATED', 'RELEASED'] as const;
export type ParticipantStatus = (typeof ParticipantStatuses)[number];

/** An inmate. The NIK exists only encrypted and as a keyed hash; the full name and birth date only encrypted. */
@Entity('participant')
export class Participant {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'registration_number' }) registrationNumber: string;
  @Column({ name: 'facility_code' }) facilityCode: string;
  @Column('bytea', { name: 'nik_ciphertext' }) nikCiphertext: Buffer;
  @Column('bytea', { name: 'nik_iv' }) nikIv: Buffer;
  @Column('bytea', { name: 'nik_auth_tag' }) nikAuthTag: Buffer;
  @Column({ name: 'nik_key_id' }) nikKeyId: string;
  @Column({ name: 'nik_hash' }) nikHash: string;
  @Column('text', { name: 'full_name_sealed' }) fullNameSealed: string;
  @Column('text') sex: 'M' | 'F';
  @Column('text', { name: 'birth_date_sealed' }) birthDateSealed: string;
  @Column('date', { name: 'expected_release_date', nullable: true }) expectedReleaseDate: string | null;
  @Column('text') status: ParticipantStatus;
  @Column('date', { name: 'release_date', nullable: true }) releaseDate: string | null;
  @Column('text', { name: 'release_type', nullable: true }) releaseType: string | null;
  @Column('text', { name: 'bapas_code', nullable: true }) bapasCode: string | null;
  @Column('text', { name: 'domicile_region_code', nullable: true }) domicileRegionCode: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** A participant row's columns as the entity's properties, for hand-written queries on hot paths. */
export const PARTICIPANT_COLUMNS = `id, registration_number AS "registrationNumber", facility_code AS "facilityCode",
  nik_ciphertext AS "nikCiphertext", nik_iv AS "nikIv", nik_auth_tag AS "nikAuthTag", nik_key_id AS "nikKeyId",
  nik_hash AS "nikHash", full_name_sealed AS "fullNameSealed", sex, birth_date_sealed AS "birthDateSealed",
  expected_release_date::text AS "expectedReleaseDate", status, release_date::text AS "releaseDate",
  release_type AS "releaseType", bapas_code AS "bapasCode", domicile_region_code AS "domicileRegionCode",
  created_at AS "createdAt"`;
