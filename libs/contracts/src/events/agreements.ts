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
import { AgencyKinds, AgreementKinds, Indicators, Scopes, TimeZones } from '../domain-values';
import { EventContract } from '../event-contract';
import { Topics } from '../topics';
import { IsCalendarDate, IsFiscalYear } from '../validators';

const agreement = { topic: Topics.agreement, aggregateType: 'agreement', version: 1 } as const;

@EventContract({
  ...agreement,
  type: 'agreement.drafted',
  repeats: false,
  description: 'A new agreement was drafted.',
})
export class AgreementDraftedV1 {
  @IsIn(AgreementKinds) kind: string;
  @IsString() number: string;
  @IsArray() @IsString({ each: true }) partyCodes: string[];
}

@EventContract({
  ...agreement,
  type: 'agreement.submitted',
  repeats: false,
  description: 'The draft was submitted for signature.',
})
export class AgreementSubmittedV1 {}

@EventContract({
  ...agreement,
  type: 'agreement.signed',
  repeats: false,
  description: 'Every party has signed.',
})
export class AgreementSignedV1 {
  @IsArray() @ArrayMinSize(2) @IsString({ each: true }) partyCodes: string[];
  @IsCalendarDate() startDate: string;
  @IsCalendarDate() endDate: string;
  @IsArray() @ArrayMinSize(1) @IsIn(Scopes, { each: true }) scopes: string[];
  @IsIn(AgreementKinds) kind: string;
  @IsOptional() @IsUUID() parentAgreementId: string | null;
  /**
   * The agreement's time zone (its first party's), whose local dates decide activation, expiry and
   * "in force today". Absent in events published before agencies had time zones: Asia/Jakarta.
   */
  @IsOptional() @IsIn(TimeZones) timeZone?: string;
}

@EventContract({
  ...agreement,
  type: 'agreement.activated',
  repeats: false,
  description: 'The agreement is in force.',
})
export class AgreementActivatedV1 {}

@EventContract({
  ...agreement,
  type: 'agreement.amended',
  repeats: { when: 'once per amendment', keyOn: 'aggregateId + data.version' },
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
  repeats: false,
  description: 'The agreement was terminated early.',
})
export class AgreementTerminatedV1 {
  @IsString() reason: string;
}

@EventContract({
  ...agreement,
  type: 'agreement.expiring',
  repeats: {
    when: 'again after an amendment changes the end date',
    keyOn: 'aggregateId + data.endDate (the latest end date wins)',
  },
  description: 'The agreement ends within 90 days.',
})
export class AgreementExpiringV1 {
  @IsCalendarDate() endDate: string;
}

@EventContract({
  ...agreement,
  type: 'agreement.expired',
  repeats: false,
  description: 'The agreement passed its end date.',
})
export class AgreementExpiredV1 {}

export class IndicatorTarget {
  @IsIn(Indicators) indicator: string;
  @IsNumber() target: number;
}

@EventContract({
  ...agreement,
  type: 'workplan.approved',
  repeats: { when: 'once per fiscal year work plan', keyOn: 'aggregateId + data.fiscalYear' },
  description: 'A fiscal year work plan was approved.',
})
export class WorkPlanApprovedV1 {
  @IsFiscalYear() fiscalYear: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IndicatorTarget) targets: IndicatorTarget[];
}

@EventContract({
  ...agreement,
  type: 'evaluation.recorded',
  repeats: {
    when: 'once per joint evaluation',
    keyOn: 'the event id (several evaluations may cover one period)',
  },
  description: 'A joint evaluation was recorded.',
})
export class EvaluationRecordedV1 {
  @Matches(/^\d{4}(-(Q[1-4]|S[12]))?$/) period: string;
}

/** An agency as its events carry it. */
export abstract class AgencyFields {
  @IsString() code: string;
  @IsIn(AgencyKinds) kind: string;
  @Matches(/^\d{2}(\d{2})?$/) regionCode: string;
  @IsString() name: string;
}

@EventContract({
  topic: Topics.agency,
  aggregateType: 'agency',
  version: 1,
  type: 'agency.registered',
  repeats: false,
  description: 'A new agency (party) joined the platform.',
})
export class AgencyRegisteredV1 extends AgencyFields {
  /** Absent in events published before agencies had time zones: Asia/Jakarta. */
  @IsOptional() @IsIn(TimeZones) timeZone?: string;
}

@EventContract({
  topic: Topics.agency,
  aggregateType: 'agency',
  version: 1,
  type: 'agency.updated',
  repeats: { when: 'after every change of the agency', keyOn: 'aggregateId (the latest event wins)' },
  description: "An agency's name or time zone changed; carries the agency as it now is.",
})
export class AgencyUpdatedV1 extends AgencyFields {
  @IsIn(TimeZones) timeZone: string;
}
