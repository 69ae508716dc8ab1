import { ListQuery } from '@sinergi/platform';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { AgreementStatuses } from '../agreement-lifecycle';

export class AgreementListQuery extends ListQuery {
  @IsOptional()
  @IsIn(AgreementStatuses, { message: `status must be one of ${AgreementStatuses.join(', ')}` })
  status?: string;

  @IsOptional()
  @IsString()
  partyCode?: string;
}
