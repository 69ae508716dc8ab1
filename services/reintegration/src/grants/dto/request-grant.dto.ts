import { IsRupiah } from '@sinergi/contracts';
import { IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export class RequestGrantDto {
  @IsUUID() agreementId: string;
  @IsRupiah() @Min(1, { message: 'amount must be at least 1 Rupiah' }) amount: number;
  @IsString() @IsNotEmpty() @MaxLength(2000) purpose: string;
}
