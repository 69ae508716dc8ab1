import { IsCalendarDate, IsRupiah } from '@sinergi/contracts';
import { IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

export class RecordDisbursementDto {
  @IsRupiah() @Min(1, { message: 'amount must be at least 1 Rupiah' }) amount: number;
  @IsCalendarDate() date: string;
  @IsString() @IsNotEmpty() @MaxLength(1000) description: string;
  @IsString() @IsNotEmpty() @MaxLength(200) reference: string;
}
