import { BudgetSources, IsFiscalYear, IsRupiah } from '@sinergi/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateBudgetDto {
  @IsUUID() agreementId: string;
  @IsFiscalYear() fiscalYear: number;
  @IsIn(BudgetSources) source: (typeof BudgetSources)[number];
  @IsString() @IsNotEmpty() @MaxLength(64) ownerAgencyCode: string;
  @IsRupiah() ceiling: number;
  @IsOptional() @IsRupiah() autoApproveLimit?: number | null;
}
