import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class TerminateAgreementDto {
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}
