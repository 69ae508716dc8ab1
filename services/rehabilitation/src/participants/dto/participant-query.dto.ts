import { ListQuery } from '@sinergi/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ParticipantStatuses } from '../participant.entity';

/** `nik=masked`: the NIK (and the birth date) withheld even from a caller who may see them. */
export const NikViews = ['masked'] as const;
export type NikView = (typeof NikViews)[number];

const NikViewField = (): PropertyDecorator => (target, key) => {
  ApiPropertyOptional({
    enum: NikViews,
    description:
      '`masked`: the NIK masked and the birth date withheld even for a caller who may see them; the read is then not recorded in the access log',
  })(target, key);
  IsOptional()(target, key);
  IsIn(NikViews)(target, key);
};

/** The query of a single participant read. */
export class ParticipantReadQuery {
  @NikViewField() nik?: NikView;
}

export class ParticipantQuery extends ListQuery {
  @IsOptional() @IsString() facilityCode?: string;
  @IsOptional() @IsIn(ParticipantStatuses) status?: string;
  @NikViewField() nik?: NikView;
}
