import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EnrollmentStatus = 'ENROLLED' | 'COMPLETED' | 'DROPPED' | 'FAILED';

@Entity('enrollment')
export class Enrollment {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'program_id' }) programId: string;
  @Column('uuid', { name: 'participant_id' }) participantId: string;
  @Column('text') status: EnrollmentStatus;
  @Column('int', { nullable: true }) score: number | null;
  @Column('text', { name: 'certificate_number', nullable: true }) certificateNumber: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('timestamptz', { name: 'enrolled_at' }) enrolledAt: Date;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
}

/** An enrollment row's columns as the entity's properties, for hand-written queries on hot paths. */
export const ENROLLMENT_COLUMNS = `id, program_id AS "programId", participant_id AS "participantId", status, score,
  certificate_number AS "certificateNumber", reason, enrolled_at AS "enrolledAt", ended_at AS "endedAt"`;
