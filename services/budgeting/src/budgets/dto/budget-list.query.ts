import { IsFiscalYear } from '@sinergi/contracts';
import { ListQuery } from '@sinergi/platform';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';

export class BudgetListQuery extends ListQuery {
  @IsOptional() @IsUUID() agreementId?: string;
  @IsOptional() @Type(() => Number) @IsFiscalYear() fiscalYear?: number;
}
