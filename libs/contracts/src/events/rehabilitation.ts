import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { ReleaseTypes, Tracks } from '../domain-values';
import { EventContract } from '../event-contract';
import { Topics } from '../topics';
import { IsCalendarDate, IsFiscalYear, IsRupiah } from '../validators';

const program = { topic: Topics.program, aggregateType: 'program', version: 1 } as const;
const participant = { topic: Topics.participant, aggregateType: 'participant', version: 1 } as const;

/** Every program event names its agreement, facility and track. */
export abstract class ProgramEvent {
  @IsUUID() agreementId: string;
  @IsString() facilityCode: string;
  @IsIn(Tracks) track: string;
}

@EventContract({ ...program, type: 'program.created', repeats: false, description: 'A program was planned.' })
export class ProgramCreatedV1 extends ProgramEvent {
  @IsString() category: string;
}

@EventContract({
  ...program,
  type: 'program.funding-requested',
  repeats: {
    when: 'again after a rejection returns the program to DRAFT',
    keyOn: 'the event id: each request is a new allocation',
  },
  description: 'Funding was requested for a program.',
})
export class ProgramFundingRequestedV1 extends ProgramEvent {
  @IsRupiah() amount: number;
  @IsFiscalYear() fiscalYear: number;
}

@EventContract({
  ...program,
  type: 'program.funded',
  repeats: false,
  description: 'The program’s funding was approved.',
})
export class ProgramFundedV1 extends ProgramEvent {
  @IsUUID() allocationId: string;
}

@EventContract({
  ...program,
  type: 'program.funding-rejected',
  repeats: { when: 'once per rejected funding request', keyOn: 'the event id' },
  description: 'The funding request was rejected.',
})
export class ProgramFundingRejectedV1 extends ProgramEvent {
  @IsString() reason: string;
}

@EventContract({ ...program, type: 'program.started', repeats: false, description: 'The program started.' })
export class ProgramStartedV1 extends ProgramEvent {}

@EventContract({ ...program, type: 'program.completed', repeats: false, description: 'The program ended.' })
export class ProgramCompletedV1 extends ProgramEvent {}

@EventContract({
  ...program,
  type: 'program.cancelled',
  repeats: false,
  description: 'The program was cancelled; unspent funds return.',
})
export class ProgramCancelledV1 extends ProgramEvent {
  @IsString() reason: string;
}

@EventContract({
  ...participant,
  type: 'participant.registered',
  repeats: false,
  description: 'An inmate was registered.',
})
export class ParticipantRegisteredV1 {
  @IsString() facilityCode: string;
}

/** Every enrollment event names the enrollment, program, agreement, track and category. */
export abstract class EnrollmentEvent {
  @IsUUID() enrollmentId: string;
  @IsUUID() programId: string;
  @IsUUID() agreementId: string;
  @IsIn(Tracks) track: string;
  @IsString() category: string;
}

@EventContract({
  ...participant,
  type: 'enrollment.created',
  repeats: { when: 'once per enrolment of the participant', keyOn: 'data.enrollmentId' },
  description: 'A participant was enrolled.',
})
export class EnrollmentCreatedV1 extends EnrollmentEvent {}

@EventContract({
  ...participant,
  type: 'enrollment.completed',
  repeats: { when: 'once per enrolment of the participant', keyOn: 'data.enrollmentId' },
  description: 'A participant completed a program.',
})
export class EnrollmentCompletedV1 extends EnrollmentEvent {
  @IsInt() @Min(0) @Max(100) score: number;
  @IsString() certificateNumber: string;
  /**
   * The day of the completion in the facility's time zone (the day recidivism cohorts compare with
   * the release date). Absent in events published before agencies had time zones: the WIB date.
   */
  @IsOptional() @IsCalendarDate() completedOn?: string;
}

@EventContract({
  ...participant,
  type: 'enrollment.dropped',
  repeats: { when: 'once per enrolment of the participant', keyOn: 'data.enrollmentId' },
  description: 'A participant left a program.',
})
export class EnrollmentDroppedV1 extends EnrollmentEvent {
  @IsString() reason: string;
}

@EventContract({
  ...participant,
  type: 'enrollment.failed',
  repeats: { when: 'once per enrolment of the participant', keyOn: 'data.enrollmentId' },
  description: 'A participant failed a program.',
})
export class EnrollmentFailedV1 extends EnrollmentEvent {}

@EventContract({
  ...participant,
  type: 'participant.released',
  repeats: false,
  description: 'A participant was released.',
})
export class ParticipantReleasedV1 {
  @IsCalendarDate() releaseDate: string;
  @IsIn(ReleaseTypes) releaseType: string;
  @IsString() bapasCode: string;
  @IsOptional() @IsString() domicileRegionCode: string | null;
  @IsString() facilityCode: string;
}
