import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const RecidivismWindows = [12, 24, 36] as const;

export class RecidivismQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) cohortYear: number;
  @IsOptional()
  @Type(() => Number)
  @IsIn(RecidivismWindows, { message: 'windowMonths must be 12, 24 or 36' })
  windowMonths: number = 12;
  @IsOptional() @IsUUID() agreementId?: string;
}

export class EmploymentQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) cohortYear: number;
  @IsOptional() @IsUUID() agreementId?: string;
}

export class AgreementSummaryQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) cohortYear: number;
  @IsOptional() @IsUUID() agreementId?: string;
}
