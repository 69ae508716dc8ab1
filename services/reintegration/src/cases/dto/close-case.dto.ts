import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const CloseOutcomes = { SUCCESS: 'CLOSED_SUCCESS', OTHER: 'CLOSED_OTHER' } as const;

export class CloseCaseDto {
  @IsIn(Object.keys(CloseOutcomes)) outcome: keyof typeof CloseOutcomes;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}
