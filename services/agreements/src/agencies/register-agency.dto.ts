import { AgencyKinds, TimeZones } from '@sinergi/contracts';
import { ListQuery } from '@sinergi/platform';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const TIME_ZONE_MESSAGE = `timeZone must be one of ${TimeZones.join(', ')}`;

export class RegisterAgencyDto {
  @Matches(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, {
    message: 'code must be upper-case letters and digits separated by single hyphens',
  })
  @MaxLength(64)
  code: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsIn(AgencyKinds, { message: `kind must be one of ${AgencyKinds.join(', ')}` })
  kind: string;

  @Matches(/^\d{2}(\d{2})?$/, {
    message: 'regionCode must be a 4-digit BPS regency code (or a 2-digit province code)',
  })
  regionCode: string;

  /** Asia/Jakarta (WIB) unless the agency is in WITA or WIT. */
  @IsOptional()
  @IsIn(TimeZones, { message: TIME_ZONE_MESSAGE })
  timeZone?: string;
}

/** The agency's fields that may change after registration; at least one. */
export class UpdateAgencyDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsIn(TimeZones, { message: TIME_ZONE_MESSAGE })
  timeZone?: string;
}

export class AgencyListQuery extends ListQuery {
  @IsOptional()
  @IsIn(AgencyKinds, { message: `kind must be one of ${AgencyKinds.join(', ')}` })
  kind?: string;
}
