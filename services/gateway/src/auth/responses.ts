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

export class RotatedSecretResponse {
  @TextField({ example: 'pemkab-muaro-jambi-7kqf2mzd' }) clientId: string;
  @TextField({ description: 'Shown once; store it now' }) clientSecret: string;
}

export class ClientResponse {
  @TextField({ example: 'pemkab-muaro-jambi-7kqf2mzd' }) clientId: string;
  @TextField() name: string;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) agencyCode: string;
  @ApiProperty({ enum: Object.values(Roles), isArray: true }) roles: string[];
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) disabledBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) secretRotatedAt: string | null;
}

export class ClientList {
  @ApiProperty({ type: ClientResponse, isArray: true }) items: ClientResponse[];
}
