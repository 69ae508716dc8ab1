import { ReleaseTypes } from '@sinergi/contracts';
import { ApiProperty } from '@nestjs/swagger';
import {
  DateField,
  EnumField,
  PersonResponse,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import { ParticipantStatuses } from '../participant.entity';
import type { ParticipantView } from '../participants.service';
import type { PersonalDataAccessView } from '../personal-data-access.entity';

export class ParticipantResponse implements ParticipantView {
  @UuidField() id: string;
  @TextField({ example: 'AI.2025.0117' }) registrationNumber: string;
  @TextField({
    description: 'Masked (`1505********0003`) unless the caller may see it and did not ask `nik=masked`',
    example: '1505014107900003',
  })
  nik: string;
  @TextField({ description: 'Initials only when masked' }) fullName: string;
  @EnumField(['M', 'F']) sex: string;
  @DateField({ nullable: true, description: 'null when masked (and with `nik=masked`)' }) birthDate:
    string | null;
  @ApiProperty({ description: 'True when nik, fullName and birthDate are masked for this caller' })
  personalDataMasked: boolean;
  @ApiProperty({
    description:
      'True when nik is masked and birthDate withheld: for callers who may not see them, and on request (`nik=masked`)',
  })
  nikMasked: boolean;
  @TextField({ example: 'LAPAS-MUARO-JAMBI' }) facilityCode: string;
  @DateField({ nullable: true }) expectedReleaseDate: string | null;
  @EnumField(ParticipantStatuses) status: string;
  @DateField({ nullable: true }) releaseDate: string | null;
  @EnumField(ReleaseTypes, { nullable: true }) releaseType: string | null;
  @TextField({ nullable: true }) bapasCode: string | null;
  @TextField({ nullable: true }) domicileRegionCode: string | null;
  @TimestampField() createdAt: Date;
}

export class AccessLogEntryResponse implements PersonalDataAccessView {
  @UuidField() id: string;
  @UuidField() participantId: string;
  @TextField({ description: 'The API client, or `user:<id>` for a signed-in person' }) clientId: string;
  @TextField() agencyCode: string;
  @ApiProperty({
    type: () => PersonResponse,
    nullable: true,
    description: 'The signed-in officer who read the data (null for a system client)',
  })
  accessedByUser: PersonResponse | null;
  @TextField({ example: 'GET /participants/:id' }) route: string;
  @TextField({
    nullable: true,
    description:
      'The reason the officer gave to see the full NIK (`POST /participants/{id}/nik-disclosures`); null for other reads',
  })
  reason: string | null;
  @TimestampField() accessedAt: Date;
}
