import { IsCalendarDate, ReoffenceKinds } from '@sinergi/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class RecordReoffenceDto {
  @IsCalendarDate() date: string;
  @IsIn(ReoffenceKinds) kind: string;
  @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
