import { Tracks } from '@sinergi/contracts';
import {
  DateField,
  EnumField,
  IntegerField,
  RupiahField,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import { ProgramStatuses, type FundingStatus, type ProgramStatus } from '../program.entity';
import type { ProgramView } from '../programs.service';

export class ProgramResponse implements ProgramView {
  @UuidField() id: string;
  @UuidField() agreementId: string;
  @TextField({ example: 'LAPAS-MUARO-JAMBI' }) facilityCode: string;
  @EnumField(Tracks) track: string;
  @TextField({ example: 'Pertukangan kayu' }) category: string;
  @TextField() title: string;
  @TextField({ nullable: true }) providerAgencyCode: string | null;
  @IntegerField({ minimum: 1 }) capacity: number;
  @DateField() startDate: string;
  @DateField() endDate: string;
  @IntegerField({ minimum: 1 }) plannedSessions: number;
  @RupiahField() budgetRequested: number;
  @EnumField(ProgramStatuses) status: ProgramStatus;
  @EnumField(['NOT_REQUESTED', 'PENDING', 'APPROVED', 'REJECTED']) fundingStatus: FundingStatus;
  @UuidField({ nullable: true }) allocationId: string | null;
  @TextField({ nullable: true }) rejectionReason: string | null;
  @TextField({ nullable: true }) cancellationReason: string | null;
  @TimestampField() createdAt: Date;
  @TimestampField() updatedAt: Date;
  @IntegerField({ minimum: 0, description: 'Enrolments (people) currently or ever enrolled' })
  enrolledCount: number;
  @IntegerField({ minimum: 0 }) completedCount: number;
}
