import { ListQuery } from '@sinergi/platform';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ParticipantStatuses } from '../participant.entity';

export class ParticipantQuery extends ListQuery {
  @IsOptional() @IsString() facilityCode?: string;
  @IsOptional() @IsIn(ParticipantStatuses) status?: string;
}
