import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { AgencyKinds, AgreementKinds, Indicators, Scopes } from '../domain-values';
import { EventContract } from '../event-contract';
import { Topics } from '../topics';
import { IsCalendarDate, IsFiscalYear } from '../validators';

const agreement = { topic: Topics.agreement, aggregateType: 'agreement', version: 1 } as const;

@EventContract({ ...agreement, type: 'agreement.drafted', description: 'A new agreement was drafted.' })
export class AgreementDraftedV1 {
  @IsIn(AgreementKinds) kind: string;
  @IsString() number: string;
  @IsArray() @IsString({ each: true }) partyCodes: string[];
}

@EventContract({
  ...agreement,
  type: 'agreement.submitted',
  description: 'The draft was submitted for signature.',
})
export class AgreementSubmittedV1 {}

@EventContract({ ...agreement, type: 'agreement.signed', description: 'Every party has signed.' })
export class AgreementSignedV1 {
  @IsArray() @ArrayMinSize(2) @IsString({ each: true }) partyCodes: string[];
  @IsCalendarDate() startDate: string;
  @IsCalendarDate() endDate: string;
  @IsArray() @ArrayMinSize(1) @IsIn(Scopes, { each: true }) scopes: string[];
  @IsIn(AgreementKinds) kind: string;
  @IsOptional() @IsUUID() parentAgreementId: string | null;
}

@EventContract({ ...agreement, type: 'agreement.activated', description: 'The agreement is in force.' })
export class AgreementActivatedV1 {}

@EventContract({
  ...agreement,
  type: 'agreement.amended',
  description: 'An amendment changed the agreement.',
})
export class AgreementAmendedV1 {
  @IsInt() @Min(2) version: number;
  /** The changed fields with their new values (title, endDate, scopes, clauses). */
  @IsObject() changes: Record<string, unknown>;
}

@EventContract({
  ...agreement,
  type: 'agreement.terminated',
  description: 'The agreement was terminated early.',
})
export class AgreementTerminatedV1 {
  @IsString() reason: string;
}

@EventContract({
  ...agreement,
  type: 'agreement.expiring',
  description: 'The agreement ends within 90 days.',
})
export class AgreementExpiringV1 {
  @IsCalendarDate() endDate: string;
}

@EventContract({ ...agreement, type: 'agreement.expired', description: 'The agreement passed its end date.' })
export class AgreementExpiredV1 {}

export class IndicatorTarget {
  @IsIn(Indicators) indicator: string;
  @IsNumber() target: number;
}

@EventContract({
  ...agreement,
  type: 'workplan.approved',
  description: 'A fiscal year work plan was approved.',
})
export class WorkPlanApprovedV1 {
  @IsFiscalYear() fiscalYear: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorTarget) targets: IndicatorTarget[];
}

@EventContract({ ...agreement, type: 'evaluation.recorded', description: 'A joint evaluation was recorded.' })
export class EvaluationRecordedV1 {
  @Matches(/^\d{4}(-(Q[1-4]|S[12]))?$/) period: string;
}

@EventContract({
  topic: Topics.agency,
  aggregateType: 'agency',
  version: 1,
  type: 'agency.registered',
  description: 'A new agency (party) joined the platform.',
})
export class AgencyRegisteredV1 {
  @IsString() code: string;
  @IsIn(AgencyKinds) kind: string;
  @Matches(/^\d{2}(\d{2})?$/) regionCode: string;
  @IsString() name: string;
}
