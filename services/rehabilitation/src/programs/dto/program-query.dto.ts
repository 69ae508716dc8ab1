import { ListQuery } from '@sinergi/platform';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { ProgramStatuses } from '../program.entity';

export class ProgramQuery extends ListQuery {
  @IsOptional() @IsUUID() agreementId?: string;
  @IsOptional() @IsString() facilityCode?: string;
  @IsOptional() @IsIn(ProgramStatuses) status?: string;
}
