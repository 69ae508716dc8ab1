import { PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CreateAgreementDto } from './create-agreement.dto';

/** What an amendment may change: these fields of the agreement, each optional. */
export class AgreementChangesDto extends PartialType(
  PickType(CreateAgreementDto, ['title', 'endDate', 'scopes', 'clauses']),
) {}

export class AmendAgreementDto {
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => AgreementChangesDto)
  changes: AgreementChangesDto;
}
