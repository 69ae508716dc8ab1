import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class RecordEvaluationDto {
  @Matches(/^20\d{2}(-(Q[1-4]|S[12]))?$/, {
    message: 'period must be a year (2027), a half year (2027-S1) or a quarter (2027-Q1)',
  })
  period: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  findings: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  recommendations: string;
}
