import { IsString, Matches, MaxLength } from 'class-validator';

export class ChangePasswordRequest {
  @IsString() @MaxLength(256) currentPassword: string;
  @IsString() @MaxLength(256) newPassword: string;
}

export class TotpCodeRequest {
  @Matches(/^\d{6}$/, { message: 'totp must be 6 digits' }) totp: string;
}
