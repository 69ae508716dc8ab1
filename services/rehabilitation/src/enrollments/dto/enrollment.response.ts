import { ApiProperty } from '@nestjs/swagger';
import { AttendanceStatuses } from '@sinergi/contracts';
import {
  DateField,
  EnumField,
  IntegerField,
  PersonResponse,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import type { Enrollment, EnrollmentStatus } from '../enrollment.entity';
import type { ProgramSession } from '../program-session.entity';

export class EnrollmentResponse implements Enrollment {
  @UuidField() id: string;
  @UuidField() programId: string;
  @UuidField() participantId: string;
  @EnumField(['ENROLLED', 'COMPLETED', 'DROPPED', 'FAILED']) status: EnrollmentStatus;
  @IntegerField({ nullable: true, minimum: 0, maximum: 100 }) score: number | null;
  @TextField({ nullable: true, description: 'Set on completion' }) certificateNumber: string | null;
  @TextField({ nullable: true, description: 'Why it was dropped or failed' }) reason: string | null;
  @TimestampField() enrolledAt: Date;
  @TimestampField({ nullable: true }) endedAt: Date | null;
}

export class ProgramSessionResponse implements ProgramSession {
  @UuidField() id: string;
  @UuidField() programId: string;
  @DateField() date: string;
  @TextField() topic: string;
}

export class AttendanceRecordResponse {
  @UuidField() participantId: string;
  @EnumField(AttendanceStatuses) status: string;
  @TextField({
    nullable: true,
    description: 'The client that recorded it last, or `user:<id>` for a signed-in person',
  })
  recordedBy: string | null;
  @ApiProperty({
    type: () => PersonResponse,
    nullable: true,
    description: 'The signed-in officer who recorded it last (null for a system client)',
  })
  recordedByUser: PersonResponse | null;
}

export class AttendanceResponse {
  @UuidField() sessionId: string;
  @DateField() date: string;
  @ApiProperty({ type: () => AttendanceRecordResponse, isArray: true }) records: AttendanceRecordResponse[];
}
