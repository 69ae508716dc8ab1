import { EmploymentTypes, IsCalendarDate, PlacementKinds } from '@sinergi/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

export class RecordPlacementDto {
  @IsIn(PlacementKinds) kind: 'EMPLOYMENT' | 'BUSINESS';
  @IsString() @IsNotEmpty() @MaxLength(300) organisationName: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300) position?: string;
  @ValidateIf((p: RecordPlacementDto) => p.kind === 'EMPLOYMENT' || p.employmentType !== undefined)
  @IsIn(EmploymentTypes)
  employmentType?: string;
  @ValidateIf((p: RecordPlacementDto) => p.kind === 'BUSINESS' || p.sector !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  sector?: string;
  @IsCalendarDate() startDate: string;
  @IsOptional() @IsCalendarDate() endDate?: string;
}
