import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IntegerField, Roles, TextField, TimestampField, UuidField } from '@sinergi/platform';
import type { IssuedCode } from './account-code-delivery';
import { USER_STATUSES } from './dto';
import type { UserView } from './users.service';

export class UserResponse implements UserView {
  @UuidField() id: string;
  @TextField({ example: 'LAPAS-MUARO-JAMBI' }) agencyCode: string;
  @TextField({ format: 'email', example: 'siti.rahma@lapas-muarojambi.go.id' }) email: string;
  @TextField({ example: 'Siti Rahma' }) name: string;
  @TextField({ nullable: true, example: '198507142010012003' }) nip: string | null;
  @ApiProperty({ enum: Object.values(Roles), isArray: true }) roles: string[];
  @EnumField(USER_STATUSES) status: 'INVITED' | 'ACTIVE' | 'DISABLED';
  @ApiProperty() totpEnabled: boolean;
  @TimestampField() createdAt: Date;
}

export class IssuedCodeResponse implements IssuedCode {
  @EnumField(['INVITATION', 'RESET']) purpose: 'INVITATION' | 'RESET';
  @TimestampField({ type: 'string' }) expiresAt: string;
  @TextField({ required: false, description: 'The one-time code, when no mail server is configured' })
  code?: string;
  @TextField({ required: false, description: 'Where the code was mailed (SMTP_URL set)' }) sentTo?: string;
}

export class InvitedUserResponse {
  @ApiProperty({ type: () => UserResponse }) user: UserResponse;
  @ApiProperty({ type: () => IssuedCodeResponse }) invitation: IssuedCodeResponse;
}

export class ResetUserResponse {
  @ApiProperty({ type: () => UserResponse }) user: UserResponse;
  @ApiProperty({ type: () => IssuedCodeResponse }) code: IssuedCodeResponse;
}

export class TotpEnrolmentResponse {
  @TextField({ description: 'Base32 secret for the authenticator app' }) secret: string;
  @TextField({ example: 'otpauth://totp/Sinergi:siti.rahma%40example.go.id?secret=…' }) otpauthUri: string;
}

export class PasswordSetResponse {
  @UuidField() userId: string;
  @TextField({ format: 'email' }) email: string;
  @ApiProperty({
    type: () => TotpEnrolmentResponse,
    required: false,
    description: 'When the person must use TOTP: enrol it, then sign in with a code from it',
  })
  totpEnrolment?: TotpEnrolmentResponse;
}

export class SignInPolicyResponse {
  @TextField({ example: 'LAPAS-MUARO-JAMBI' }) agencyCode: string;
  @ApiProperty() totpRequired: boolean;
  @IntegerField({ minimum: 0 }) peopleWithoutTotp: number;
}
