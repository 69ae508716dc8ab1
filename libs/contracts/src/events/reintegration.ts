import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { CaseOutcomes, PathwayStatuses, Pathways, PlacementKinds, ReoffenceKinds } from '../domain-values';
import { EventContract } from '../event-contract';
import { Topics } from '../topics';
import { IsCalendarDate, IsFiscalYear, IsRupiah } from '../validators';

const kase = { topic: Topics.case, aggregateType: 'case', version: 1 } as const;

/** Every case event names the participant and the agreements of their training history. */
export abstract class CaseEvent {
  @IsUUID() participantId: string;
  @IsArray() @IsUUID('all', { each: true }) agreementIds: string[];
}

@EventContract({
  ...kase,
  type: 'case.opened',
  repeats: false,
  description: 'A reintegration case opened after a release.',
})
export class CaseOpenedV1 extends CaseEvent {
  @IsString() bapasCode: string;
  @IsCalendarDate() releaseDate: string;
}

@EventContract({
  ...kase,
  type: 'pathway.updated',
  repeats: {
    when: 'whenever a pathway changes status',
    keyOn: 'aggregateId + data.pathway (the latest status wins)',
  },
  description: 'A reintegration pathway changed status.',
})
export class PathwayUpdatedV1 extends CaseEvent {
  @IsIn(Pathways) pathway: string;
  @IsIn(PathwayStatuses) status: string;
}

@EventContract({
  ...kase,
  type: 'placement.recorded',
  repeats: { when: 'once per placement', keyOn: 'the event id' },
  description: 'A job or business placement was recorded.',
})
export class PlacementRecordedV1 extends CaseEvent {
  @IsIn(PlacementKinds) kind: string;
  @IsCalendarDate() startDate: string;
  @IsCalendarDate() releaseDate: string;
}

@EventContract({
  ...kase,
  type: 'followup.recorded',
  repeats: { when: 'once per follow-up', keyOn: 'the event id' },
  description: 'The probation officer followed up.',
})
export class FollowUpRecordedV1 extends CaseEvent {
  @IsCalendarDate() date: string;
  @IsOptional() @IsString() employmentStatus: string | null;
}

@EventContract({
  ...kase,
  type: 'grant.requested',
  repeats: { when: 'once per grant of the case', keyOn: 'data.grantId' },
  description: 'A start-up grant was requested.',
})
export class GrantRequestedV1 extends CaseEvent {
  @IsUUID() grantId: string;
  @IsUUID() agreementId: string;
  @IsRupiah() amount: number;
  @IsFiscalYear() fiscalYear: number;
}

@EventContract({
  ...kase,
  type: 'grant.funded',
  repeats: { when: 'once per grant of the case', keyOn: 'data.grantId' },
  description: 'A start-up grant was funded.',
})
export class GrantFundedV1 extends CaseEvent {
  @IsUUID() grantId: string;
  @IsUUID() allocationId: string;
}

@EventContract({
  ...kase,
  type: 'grant.rejected',
  repeats: { when: 'once per grant of the case', keyOn: 'data.grantId' },
  description: 'A start-up grant was rejected.',
})
export class GrantRejectedV1 extends CaseEvent {
  @IsUUID() grantId: string;
  @IsString() reason: string;
}

@EventContract({
  ...kase,
  type: 'reoffence.recorded',
  repeats: false,
  description: 'The person reoffended; the case closed.',
})
export class ReoffenceRecordedV1 extends CaseEvent {
  @IsCalendarDate() date: string;
  @IsIn(ReoffenceKinds) kind: string;
  @IsCalendarDate() releaseDate: string;
}

@EventContract({ ...kase, type: 'case.closed', repeats: false, description: 'The case closed.' })
export class CaseClosedV1 extends CaseEvent {
  @IsIn(CaseOutcomes) outcome: string;
}

/** A person's place in the release-year cohort of one agreement, as reintegration defines it. */
export class AgreementCohortEntry {
  @IsUUID() agreementId: string;
  @IsFiscalYear() cohortYear: number;
  /** The person's first release in the year that follows a completion under the agreement. */
  @IsCalendarDate() releaseDate: string;
  /** The first reoffence on or after that release, if any. */
  @IsOptional() @IsCalendarDate() firstReoffenceDate: string | null;
}

@EventContract({
  ...kase,
  type: 'recidivism.cohorts-revised',
  repeats: {
    when: "whenever a release, a completion before it or a reoffence changes the person's cohorts",
    keyOn: 'data.participantId (the highest revision replaces the earlier ones)',
  },
  description:
    'Every recidivism cohort (agreement, release year) the person belongs to, with the release and first reoffence that count; the source of every recidivism figure outside reintegration.',
})
export class RecidivismCohortsRevisedV1 extends CaseEvent {
  @IsInt() @Min(1) revision: number;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AgreementCohortEntry)
  cohorts: AgreementCohortEntry[];
}
