import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { ListQuery, Roles } from '@sinergi/platform';
import { nipProblem } from './nip';

const IsNip = () =>
  ValidateBy({
    name: 'isNip',
    validator: {
      validate: (value) => typeof value === 'string' && nipProblem(value) === undefined,
      defaultMessage: (args) =>
        `nip ${typeof args?.value === 'string' ? nipProblem(args.value) : 'must be a string of 18 digits'}`,
    },
  });

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/**
 * An email address as given, trimmed and lower-cased. A string with a lone surrogate is no address,
 * and validator's isEmail throws on one (encodeURI), so it is refused as missing instead.
 */
export const emailInput = ({ value }: { value: unknown }) =>
  typeof value !== 'string' ? value : value.isWellFormed() ? value.trim().toLowerCase() : undefined;
export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;
export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;

export class CreateUserRequest {
  @Matches(AGENCY_CODE, { message: 'agencyCode must be an agency code such as LAPAS-MUARO-JAMBI' })
  agencyCode: string;
  @Transform(trimmed) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @Transform(emailInput)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
  @IsOptional() @IsNip() nip?: string;
  @IsArray() @ArrayMinSize(1) @IsIn(Object.values(Roles), { each: true }) roles: string[];
}

export class UpdateUserRequest {
  @IsOptional() @Transform(trimmed) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @IsOptional() @IsNip() nip?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @IsIn(Object.values(Roles), { each: true }) roles?: string[];
}

export class ResetUserRequest {
  /** Also forget the person's authenticator and recovery codes (a lost phone). */
  @IsOptional() @IsBoolean() resetTotp?: boolean;
}

export class UserListQuery extends ListQuery {
  @IsOptional() @Matches(AGENCY_CODE, { message: 'agencyCode must be an agency code' }) agencyCode?: string;
  @IsOptional() @IsIn(USER_STATUSES) status?: string;
}

export class RedeemCodeRequest {
  @IsString() @IsNotEmpty() @MaxLength(100) code: string;
  @IsString() @MaxLength(256) password: string;
}

export class SignInPolicyRequest {
  @IsBoolean() totpRequired: boolean;
}
