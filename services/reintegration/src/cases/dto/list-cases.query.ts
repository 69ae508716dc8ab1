import { ListQuery } from '@sinergi/platform';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { CaseStatuses } from '../case.model';

export class ListCasesQuery extends ListQuery {
  @IsOptional() @IsString() bapasCode?: string;
  @IsOptional() @IsIn(CaseStatuses) status?: string;
  @IsOptional() @IsUUID() participantId?: string;
}
