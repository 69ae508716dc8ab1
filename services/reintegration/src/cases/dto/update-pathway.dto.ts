import { PathwayStatuses } from '@sinergi/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class UpdatePathwayDto {
  @IsIn(PathwayStatuses) status: string;
  @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
