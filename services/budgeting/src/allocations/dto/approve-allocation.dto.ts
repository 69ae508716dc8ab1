import { IsOptional, IsUUID } from 'class-validator';

export class ApproveAllocationDto {
  /** Needed when the agreement has several budgets for the allocation's fiscal year. */
  @IsOptional() @IsUUID() budgetId?: string;
}
