import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IntegerField, Roles, TextField } from '@sinergi/platform';

export class TokenResponse {
  @TextField({ description: 'Send as `Authorization: Bearer <accessToken>`' }) accessToken: string;
  @EnumField(['Bearer']) tokenType: string;
  @IntegerField({ description: 'Seconds until the token expires', example: 900 }) expiresIn: number;
}

export class CreatedClientResponse {
  @TextField({ example: 'pemkab-muaro-jambi-7kqf2mzd' }) clientId: string;
  @TextField({ description: 'Shown once; store it now' }) clientSecret: string;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) agencyCode: string;
  @ApiProperty({ enum: Object.values(Roles), isArray: true }) roles: string[];
}
