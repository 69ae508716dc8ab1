import { PartialType } from '@nestjs/mapped-types';
import { CreateAgreementDto } from './create-agreement.dto';

/** PATCH of a draft: any field of the creation body; the merged result is validated as a whole. */
export class UpdateAgreementDto extends PartialType(CreateAgreementDto) {}
