import { ListQuery } from '@sinergi/platform';
import { IsISO8601, IsOptional, Matches, MaxLength } from 'class-validator';
import { AGENCY_CODE } from '../users/dto';

/** `GET /api/v1/audit?actor=&agency=&from=&to=&limit=&cursor=`; `from` inclusive, `to` exclusive. */
export class AuditQuery extends ListQuery {
  /** A client id, or `user:<id>` for a signed-in person. */
  @IsOptional() @MaxLength(200) actor?: string;
  @IsOptional() @Matches(AGENCY_CODE, { message: 'agency must be an agency code' }) agency?: string;
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' }) to?: string;
}
