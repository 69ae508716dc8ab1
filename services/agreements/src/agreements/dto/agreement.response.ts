import { ApiProperty } from '@nestjs/swagger';
import { AgreementKinds, Scopes } from '@sinergi/contracts';
import {
  DateField,
  EnumField,
  IntegerField,
  ObjectField,
  PersonResponse,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import { AgreementStatuses, type AgreementStatus } from '../agreement-lifecycle';
import type { Agreement, Clause, Party } from '../agreement.model';
import { HistoryActions, type HistoryAction } from '../agreement-history';

export class ClauseResponse implements Clause {
  @TextField({ example: '3.1' }) number: string;
  @TextField() text: string;
  @TextField({ example: 'LAPAS-MUARO-JAMBI' }) responsiblePartyCode: string;
  @EnumField(Scopes) scope: string;
}

export class PartyResponse implements Party {
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) code: string;
  @TimestampField({ nullable: true }) signedAt: string | null;
  @TextField({ nullable: true }) signatoryName: string | null;
  @TextField({ nullable: true }) signatoryTitle: string | null;
  @ApiProperty({
    type: () => PersonResponse,
    nullable: true,
    description: 'The signed-in officer who signed for the party (null when a system client signed)',
  })
  signedByUser: PersonResponse | null;
}

export class AgreementResponse implements Agreement {
  @UuidField() id: string;
  @EnumField(AgreementKinds) kind: string;
  @UuidField({ nullable: true, description: 'The MOU a PKS implements' }) parentAgreementId: string | null;
  @TextField({ example: '100/PKS/MJ/2027' }) number: string;
  @TextField() title: string;
  @EnumField(Scopes, { isArray: true }) scopes: string[];
  @ApiProperty({ type: () => PartyResponse, isArray: true }) parties: PartyResponse[];
  @EnumField(AgreementStatuses) status: AgreementStatus;
  @IntegerField({ minimum: 1, description: 'Raised by each amendment' }) version: number;
  @DateField() startDate: string;
  @DateField() endDate: string;
  @ApiProperty({ type: () => ClauseResponse, isArray: true }) clauses: ClauseResponse[];
  @TextField({ nullable: true }) terminationReason: string | null;
  @TimestampField() createdAt: string;
  @TimestampField() updatedAt: string;
}

export class ActorResponse {
  @TextField({ description: 'The API client, or `user:<id>` for a signed-in person' }) clientId: string;
  @TextField({ nullable: true }) agencyCode: string | null;
  @UuidField({ required: false, description: 'The signed-in person who acted (people only)' })
  userId?: string;
  @TextField({ required: false, description: 'The name of the signed-in person who acted (people only)' })
  userName?: string;
}

export class AgreementVersionResponse {
  @IntegerField({ minimum: 1 }) version: number;
  @DateField() effectiveFrom: string;
  @ObjectField({ description: 'The terms in force from that version' }) terms: Record<string, unknown>;
}

export class AmendmentResponse {
  @IntegerField({ minimum: 1 }) version: number;
  @TextField({ nullable: true }) reason: string | null;
  @ObjectField({ nullable: true, description: 'Old and new value of every changed field' })
  changes: Record<string, unknown> | null;
  @ApiProperty({ type: () => ActorResponse }) amendedBy: ActorResponse;
  @TimestampField() amendedAt: string;
}

export class HistoryEventResponse {
  @IntegerField({ minimum: 1 }) version: number;
  @EnumField(HistoryActions) action: HistoryAction;
  @TimestampField() at: string;
  @TextField({ nullable: true }) reason: string | null;
  @ObjectField({ nullable: true }) changes: Record<string, unknown> | null;
  @ApiProperty({ type: () => ActorResponse }) by: ActorResponse;
}

export class AgreementHistoryResponse {
  @UuidField() agreementId: string;
  @IntegerField({ minimum: 1 }) version: number;
  @ApiProperty({ type: () => AgreementVersionResponse, isArray: true }) versions: AgreementVersionResponse[];
  @ApiProperty({ type: () => AmendmentResponse, isArray: true }) amendments: AmendmentResponse[];
  @ApiProperty({ type: () => HistoryEventResponse, isArray: true, description: 'Oldest first' })
  events: HistoryEventResponse[];
}
