import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReasonDto {
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}
