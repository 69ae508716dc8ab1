import { Transform } from 'class-transformer';
import { emailInput } from '../users/dto';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SignInRequest {
  @Transform(emailInput)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
  @IsString() @MaxLength(256) password: string;
  /** The 6-digit code of the person's authenticator app. */
  @IsOptional() @Matches(/^\d{6}$/, { message: 'totp must be 6 digits' }) totp?: string;
  /** One of the person's recovery codes, instead of `totp`. */
  @IsOptional() @IsString() @MaxLength(40) recoveryCode?: string;
}
