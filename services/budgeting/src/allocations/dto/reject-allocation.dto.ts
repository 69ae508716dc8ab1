import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RejectAllocationDto {
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}
