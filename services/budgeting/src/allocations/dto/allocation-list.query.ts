import { AllocationPurposes, type AllocationPurpose } from '@sinergi/contracts';
import { ListQuery } from '@sinergi/platform';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AllocationStatuses, type AllocationStatus } from '../allocation.entity';

export class AllocationListQuery extends ListQuery {
  @IsOptional() @IsUUID() budgetId?: string;
  @IsOptional() @IsUUID() agreementId?: string;
  @IsOptional() @IsIn(AllocationStatuses) status?: AllocationStatus;
  @IsOptional() @IsIn(AllocationPurposes) purpose?: AllocationPurpose;
}
