import { OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CreateAgreementDto } from './create-agreement.dto';

/**
 * PATCH of a draft: any field of the creation body (`parentAgreementId: null` removes the parent);
 * the merged agreement is then validated as a whole.
 */
export class UpdateAgreementDto extends PartialType(OmitType(CreateAgreementDto, ['parentAgreementId'])) {
  @IsOptional()
  @IsUUID()
  parentAgreementId?: string | null;
}
