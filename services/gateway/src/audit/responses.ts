import { ApiProperty } from '@nestjs/swagger';
import { IntegerField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import type { AuditEntry } from './audit-trail';

export class AuditActorResponse {
  @TextField({ description: 'The API client, or `user:<id>` for a signed-in officer', example: 'user:019a…' })
  clientId: string;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) agencyCode: string;
  @UuidField({ nullable: true }) userId: string | null;
  @TextField({ nullable: true, example: 'Siti Rahma' }) name: string | null;
}

export class AuditEntryResponse implements AuditEntry {
  @UuidField() id: string;
  @TimestampField({ type: 'string' }) at: string;
  @ApiProperty({ type: () => AuditActorResponse }) actor: AuditActorResponse;
  @TextField({ example: 'POST' }) method: string;
  @TextField({ example: 'POST /api/v1/agreements/:id/sign' }) route: string;
  @TextField({ example: '/api/v1/agreements/019a…/sign' }) path: string;
  @IntegerField({ example: 200 }) status: number;
  @TextField({ nullable: true }) correlationId: string | null;
}
