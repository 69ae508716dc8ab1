import { Scopes } from '@sinergi/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ClauseDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  number: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text: string;

  @IsString()
  @IsNotEmpty()
  responsiblePartyCode: string;

  @IsIn(Scopes, { message: `scope must be one of ${Scopes.join(', ')}` })
  scope: string;
}
