import { ApiProperty } from '@nestjs/swagger';
import { IntegerField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import { UserResponse } from '../users/responses';

export class SessionResponse {
  @UuidField() id: string;
  @TimestampField() createdAt: string;
  @TimestampField() expiresAt: string;
  @IntegerField({ description: 'The session ends after this many seconds without a request', example: 1800 })
  idleTimeoutSeconds: number;
}

export class SignedInResponse {
  @ApiProperty({ type: () => UserResponse }) user: UserResponse;
  @ApiProperty({ type: () => SessionResponse }) session: SessionResponse;
  @TextField({ description: 'Send as `x-csrf-token` on POST, PATCH, PUT and DELETE' }) csrfToken: string;
  @ApiProperty({
    type: 'string',
    isArray: true,
    required: false,
    description: 'Ten single-use recovery codes, shown once when TOTP was just turned on',
  })
  recoveryCodes?: string[];
}

export class LiveSessionResponse {
  @UuidField() id: string;
  @TimestampField() createdAt: string;
  @TimestampField() lastSeenAt: string;
  @TimestampField() expiresAt: string;
  @TextField({ nullable: true }) address: string | null;
  @TextField({ nullable: true }) userAgent: string | null;
  @ApiProperty({ description: 'The session of this request' }) current: boolean;
}

export class LiveSessionsResponse {
  @ApiProperty({ type: () => LiveSessionResponse, isArray: true, description: 'Newest first' })
  items: LiveSessionResponse[];
}
