import { ApiProperty } from '@nestjs/swagger';
import { EnumField, Roles, TextField, UuidField } from '@sinergi/platform';
import { UserResponse } from '../users/responses';

/** `GET /me` of a person signed in with a session. */
export class PersonMeResponse extends UserResponse {
  @EnumField(['person']) kind: 'person';
  @UuidField({ required: false, description: 'The session of this request' }) sessionId?: string;
  @TextField({ required: false, description: 'The session’s CSRF token (after a page reload)' })
  csrfToken?: string;
}

/** `GET /me` of an API client (bearer token). */
export class ClientMeResponse {
  @EnumField(['client']) kind: 'client';
  @TextField() clientId: string;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) agencyCode: string;
  @ApiProperty({ enum: Object.values(Roles), isArray: true }) roles: string[];
}

export class PasswordChangedResponse {
  @ApiProperty() changed: boolean;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: 'string', isArray: true, description: 'Ten single-use codes, shown once' })
  recoveryCodes: string[];
}
