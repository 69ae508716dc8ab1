import { ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Roles } from '@sinergi/platform';

/** JSON form of POST /auth/token (read by readTokenRequest, which also takes the OAuth 2.0 form). */
export class TokenRequest {
  @IsString() @IsNotEmpty() @MaxLength(256) clientId: string;
  @IsString() @IsNotEmpty() @MaxLength(256) clientSecret: string;
}

export class CreateClientRequest {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,63}$/, {
    message: 'agencyCode must be an agency code such as PEMKAB-MUARO-JAMBI',
  })
  agencyCode: string;
  @IsArray() @ArrayMinSize(1) @IsIn(Object.values(Roles), { each: true }) roles: string[];
}
