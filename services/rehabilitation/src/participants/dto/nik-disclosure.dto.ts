import { IsString, Length, Matches } from 'class-validator';
import { TextField, UuidField } from '@sinergi/platform';

export class NikDisclosureDto {
  /** Why the officer needs the full NIK; kept in the personal-data access log. */
  @IsString()
  @Length(10, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

export class NikDisclosureResponse {
  @UuidField() participantId: string;
  @TextField({ description: 'The full NIK', example: '1505014107900003' }) nik: string;
}
