import { Tracks } from '@sinergi/contracts';
import { IsCalendarDate, IsRupiah } from '@sinergi/contracts';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class CreateProgramDto {
  @IsUUID() agreementId: string;
  @IsString() @IsNotEmpty() @MaxLength(64) facilityCode: string;
  @IsIn(Tracks) track: string;
  @IsString() @IsNotEmpty() @MaxLength(100) category: string;
  @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) providerAgencyCode?: string;
  @IsInt() @Min(1) @Max(100_000) capacity: number;
  @IsCalendarDate() startDate: string;
  @IsCalendarDate() endDate: string;
  @IsInt() @Min(1) @Max(10_000) plannedSessions: number;
  @IsRupiah() budgetRequested: number;
}
