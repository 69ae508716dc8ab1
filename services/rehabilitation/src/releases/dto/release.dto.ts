import { IsCalendarDate, ReleaseTypes } from '@sinergi/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class ReleaseDto {
  @IsCalendarDate() releaseDate: string;
  @IsIn(ReleaseTypes) releaseType: string;
  @IsString() @IsNotEmpty() @MaxLength(64) bapasCode: string;
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'domicileRegionCode must be a 4-digit BPS regency code' })
  domicileRegionCode?: string;
}
