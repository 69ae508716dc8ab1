import { ApiProperty } from '@nestjs/swagger';
import {
  EmploymentTypes,
  PathwayStatuses,
  Pathways,
  PlacementKinds,
  ReleaseTypes,
  ReoffenceKinds,
  Tracks,
  type Pathway,
  type PathwayStatus,
} from '@sinergi/contracts';
import {
  DateField,
  EnumField,
  IntegerField,
  RupiahField,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import { FollowUpKinds } from '../../follow-ups/dto/record-follow-up.dto';
import type { CaseView } from '../case-views';
import { CaseStatuses, type CaseStatus, type PathwayView, type TrainingRecord } from '../case.model';

export class PathwayResponse implements PathwayView {
  @EnumField(Pathways) pathway: Pathway;
  @EnumField(PathwayStatuses) status: PathwayStatus;
  @TextField({ nullable: true }) notes: string | null;
  @TimestampField() updatedAt: string;
}

export class TrainingRecordResponse implements TrainingRecord {
  @UuidField() enrollmentId: string;
  @UuidField() programId: string;
  @UuidField() agreementId: string;
  @EnumField(Tracks) track: string;
  @TextField() category: string;
  @IntegerField({ minimum: 0, maximum: 100 }) score: number;
  @TextField() certificateNumber: string;
  @TimestampField() completedAt: string;
}

export class PlacementResponse {
  @UuidField() id: string;
  @UuidField() caseId: string;
  @EnumField(PlacementKinds) kind: string;
  @TextField() organisationName: string;
  @TextField({ nullable: true }) position: string | null;
  @EnumField(EmploymentTypes, { nullable: true }) employmentType: string | null;
  @TextField({ nullable: true }) sector: string | null;
  @DateField() startDate: string;
  @DateField({ nullable: true }) endDate: string | null;
  @TimestampField() recordedAt: string;
}

export class FollowUpResponse {
  @UuidField() id: string;
  @UuidField() caseId: string;
  @DateField() date: string;
  @EnumField(FollowUpKinds) kind: string;
  @TextField() notes: string;
  @TextField({ example: 'EMPLOYED' }) employmentStatus: string;
  @TimestampField() recordedAt: string;
}

export class GrantResponse {
  @UuidField() id: string;
  @UuidField() caseId: string;
  @UuidField() agreementId: string;
  @RupiahField() amount: number;
  @TextField() purpose: string;
  @IntegerField({ example: 2027 }) fiscalYear: number;
  @EnumField(['PENDING', 'FUNDED', 'REJECTED']) status: string;
  @UuidField({ nullable: true }) allocationId: string | null;
  @TextField({ nullable: true }) rejectionReason: string | null;
  @TimestampField() requestedAt: string;
  @TimestampField({ nullable: true }) decidedAt: string | null;
  @RupiahField({ description: 'Paid out so far by budgeting against the grant’s allocation' })
  disbursed: number;
  @DateField({ nullable: true, description: 'The date of the latest disbursement' }) lastDisbursedOn:
    string | null;
}

export class ReoffenceResponse {
  @UuidField() id: string;
  @UuidField() caseId: string;
  @DateField() date: string;
  @EnumField(ReoffenceKinds) kind: string;
  @TextField({ nullable: true }) notes: string | null;
  @TimestampField() recordedAt: string;
}

export class CaseResponse implements CaseView {
  @UuidField() id: string;
  @UuidField() participantId: string;
  @TextField({ example: 'BAPAS-JAMBI' }) bapasCode: string;
  @EnumField(CaseStatuses) status: CaseStatus;
  @DateField() releaseDate: string;
  @EnumField(ReleaseTypes) releaseType: string;
  @TextField({ nullable: true }) domicileRegionCode: string | null;
  @TextField() facilityCode: string;
  @TimestampField() openedAt: string;
  @TimestampField({ nullable: true }) closedAt: string | null;
  @TextField({ nullable: true }) closeReason: string | null;
  @ApiProperty({ type: () => PathwayResponse, isArray: true }) pathways: PathwayResponse[];
  @ApiProperty({ type: () => TrainingRecordResponse, isArray: true })
  trainingHistory: TrainingRecordResponse[];
  @ApiProperty({ type: () => PlacementResponse, isArray: true }) placements: PlacementResponse[];
  @ApiProperty({ type: () => FollowUpResponse, isArray: true }) followUps: FollowUpResponse[];
  @ApiProperty({ type: () => GrantResponse, isArray: true }) grants: GrantResponse[];
  @ApiProperty({ type: () => ReoffenceResponse, nullable: true }) reoffence: ReoffenceResponse | null;
}
