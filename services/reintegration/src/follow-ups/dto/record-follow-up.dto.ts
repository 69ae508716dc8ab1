import { IsCalendarDate } from '@sinergi/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const FollowUpKinds = ['HOME_VISIT', 'OFFICE_VISIT', 'PHONE'] as const;

export class RecordFollowUpDto {
  @IsCalendarDate() date: string;
  @IsIn(FollowUpKinds) kind: string;
  @IsString() @MaxLength(4000) notes: string;
  /** The person's current employment situation in the officer's words (e.g. EMPLOYED, UNEMPLOYED). */
  @IsString() @IsNotEmpty() @MaxLength(100) employmentStatus: string;
}
