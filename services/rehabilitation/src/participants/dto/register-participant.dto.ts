import { IsCalendarDate } from '@sinergi/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class RegisterParticipantDto {
  @IsString() @IsNotEmpty() @MaxLength(64) registrationNumber: string;
  @IsString() nik: string;
  @IsString() @IsNotEmpty() @MaxLength(200) fullName: string;
  @IsIn(['M', 'F']) sex: 'M' | 'F';
  @IsCalendarDate() birthDate: string;
  @IsString() @IsNotEmpty() @MaxLength(64) facilityCode: string;
  @IsOptional() @IsCalendarDate() expectedReleaseDate?: string;
}
