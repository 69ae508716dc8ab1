import { IsRupiah } from '@sinergi/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReviseBudgetDto {
  @IsRupiah() newCeiling: number;
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}
