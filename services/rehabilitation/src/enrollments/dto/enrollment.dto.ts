import { AttendanceStatuses, IsCalendarDate } from '@sinergi/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class EnrollDto {
  @IsUUID() participantId: string;
}

export class CreateSessionDto {
  @IsCalendarDate() date: string;
  @IsString() @IsNotEmpty() @MaxLength(300) topic: string;
}

export class AttendanceRecordDto {
  @IsUUID() participantId: string;
  @IsIn(AttendanceStatuses) status: string;
}

export class RecordAttendanceDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceRecordDto)
  records: AttendanceRecordDto[];
}

export class CompleteEnrollmentDto {
  @IsInt() @Min(0) @Max(100) score: number;
}

export class FailEnrollmentDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(1000) reason?: string;
}
