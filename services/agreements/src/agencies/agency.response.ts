import { AgencyKinds, TimeZones } from '@sinergi/contracts';
import { EnumField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import type { Agency } from './agencies.service';

export class AgencyResponse implements Agency {
  @UuidField() id: string;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) code: string;
  @TextField({ example: 'Pemerintah Kabupaten Muaro Jambi' }) name: string;
  @EnumField(AgencyKinds) kind: string;
  @TextField({ example: '1505', description: 'BPS regency (or province) code' }) regionCode: string;
  @EnumField(TimeZones, {
    description: 'Whose local dates the agency keeps: WIB (Asia/Jakarta, the default), WITA or WIT',
  })
  timeZone: string;
  @TimestampField() registeredAt: string;
  @TimestampField() updatedAt: string;
}
