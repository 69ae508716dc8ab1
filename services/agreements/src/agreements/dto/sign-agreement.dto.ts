import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignAgreementDto {
  @IsString()
  @IsNotEmpty()
  partyCode: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signatoryName: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signatoryTitle: string;
}
