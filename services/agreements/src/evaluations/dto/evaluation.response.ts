import { ApiProperty } from '@nestjs/swagger';
import { IntegerField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import { IndicatorReadingResponse } from '../../work-plans/dto/work-plan.response';
import type { Evaluation } from '../evaluations.service';

export class EvaluationResponse implements Evaluation {
  @UuidField() id: string;
  @UuidField() agreementId: string;
  @TextField({ example: '2027-S1' }) period: string;
  @IntegerField({ example: 2027 }) fiscalYear: number;
  @TextField() findings: string;
  @TextField() recommendations: string;
  @ApiProperty({
    type: () => IndicatorReadingResponse,
    isArray: true,
    description: 'Frozen when recorded: later events never change it',
  })
  indicators: IndicatorReadingResponse[];
  @TimestampField() recordedAt: string;
  @TextField({ description: 'Client id of the recording officer' }) recordedBy: string;
}
