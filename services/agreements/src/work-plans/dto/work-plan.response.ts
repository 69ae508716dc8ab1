import { ApiProperty } from '@nestjs/swagger';
import { Indicators } from '@sinergi/contracts';
import { EnumField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import type { IndicatorReading, IndicatorTarget } from '../../indicators/indicator-actuals';
import { IndicatorStatuses, type IndicatorStatus } from '../../indicators/indicator-status';
import type { WorkPlan } from '../work-plans.service';

export class ActivityResponse {
  @TextField() name: string;
  @TextField({ required: false }) description?: string;
}

export class IndicatorTargetResponse implements IndicatorTarget {
  @EnumField(Indicators) indicator: IndicatorTarget['indicator'];
  @ApiProperty({ type: 'number', minimum: 0, description: 'Rates are shares from 0 to 1', example: 40 })
  target: number;
}

export class IndicatorReadingResponse extends IndicatorTargetResponse implements IndicatorReading {
  @ApiProperty({ type: 'number', nullable: true, description: 'null while there is no data yet' })
  actual: number | null;
  @EnumField(IndicatorStatuses) status: IndicatorStatus;
}

export class WorkPlanResponse implements WorkPlan {
  @UuidField() agreementId: string;
  @ApiProperty({ type: 'integer', example: 2027 }) fiscalYear: number;
  @EnumField(['DRAFT', 'APPROVED']) status: 'DRAFT' | 'APPROVED';
  @ApiProperty({ type: () => ActivityResponse, isArray: true }) activities: ActivityResponse[];
  @ApiProperty({ type: () => IndicatorTargetResponse, isArray: true }) targets: IndicatorTargetResponse[];
  @TimestampField() createdAt: string;
  @TimestampField({ nullable: true }) approvedAt: string | null;
}

export class WorkPlanWithIndicatorsResponse extends WorkPlanResponse {
  @ApiProperty({ type: () => IndicatorReadingResponse, isArray: true })
  indicators: IndicatorReadingResponse[];
}
