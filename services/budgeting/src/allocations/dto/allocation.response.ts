import { ApiProperty } from '@nestjs/swagger';
import { AllocationPurposes, type AllocationPurpose } from '@sinergi/contracts';
import {
  EnumField,
  IntegerField,
  PersonResponse,
  RupiahField,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import { AllocationStatuses, type AllocationStatus } from '../allocation.entity';
import type { AllocationView } from '../allocations.service';

export class AllocationResponse implements AllocationView {
  @UuidField() id: string;
  @UuidField() agreementId: string;
  @IntegerField({ example: 2027 }) fiscalYear: number;
  @EnumField(AllocationPurposes) purpose: AllocationPurpose;
  @UuidField({ nullable: true }) programId: string | null;
  @UuidField({ nullable: true }) caseId: string | null;
  @UuidField({ nullable: true }) grantId: string | null;
  @RupiahField() amount: number;
  @EnumField(AllocationStatuses) status: AllocationStatus;
  @UuidField({ nullable: true }) budgetId: string | null;
  @TextField({ nullable: true }) rejectionReason: string | null;
  @RupiahField({ nullable: true, description: 'Returned to the budget when the program ended' })
  releasedAmount: number | null;
  @TimestampField() requestedAt: Date;
  @UuidField({ description: 'The event that requested the funding' }) requestEventId: string;
  @TimestampField({ nullable: true }) decidedAt: Date | null;
  @TextField({
    nullable: true,
    description: 'The client that decided, `user:<id>` for a person, or `system`',
  })
  decidedBy: string | null;
  @ApiProperty({
    type: () => PersonResponse,
    nullable: true,
    description: 'The signed-in officer who decided (null for a system client or an automatic decision)',
  })
  decidedByUser: PersonResponse | null;
  @RupiahField() disbursed: number;
}
