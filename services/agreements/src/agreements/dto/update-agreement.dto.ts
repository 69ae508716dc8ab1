import { AgreementKinds, IsCalendarDate, Scopes } from '@sinergi/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ClauseDto } from './clause.dto';

/**
 * PATCH of a draft: any field of the creation body (`parentAgreementId: null` removes the parent);
 * the merged agreement is then validated as a whole.
 */
export class UpdateAgreementDto {
  @IsOptional()
  @IsIn(AgreementKinds, { message: `kind must be one of ${AgreementKinds.join(', ')}` })
  kind?: string;

  @IsOptional()
  @IsUUID()
  parentAgreementId?: string | null;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  number?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'scopes must not repeat a scope' })
  @IsIn(Scopes, { each: true, message: `each scope must be one of ${Scopes.join(', ')}` })
  scopes?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(2, { message: 'partyCodes must name at least two parties' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'partyCodes must be distinct agencies' })
  @IsString({ each: true })
  partyCodes?: string[];

  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ClauseDto)
  clauses?: ClauseDto[];
}
