import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { SUBSCRIBABLE_EVENT_TYPES } from '../event-types';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://sistem.muarojambikab.go.id/sinergi/webhooks', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  @Matches(/^https?:\/\//i, { message: 'url must be an http(s) URL' })
  url: string;

  @ApiProperty({
    isArray: true,
    enum: [...SUBSCRIBABLE_EVENT_TYPES],
    example: ['agreement.expiring', 'agreement.signed'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUBSCRIBABLE_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(SUBSCRIBABLE_EVENT_TYPES, { each: true, message: 'eventTypes must be event types of the catalogue' })
  eventTypes: string[];

  @ApiPropertyOptional({ example: 'Agreement reminders for the legal office', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiPropertyOptional({
    description:
      'The agency whose events the webhook receives; only a platform-admin may name another than its own',
    example: 'PEMKAB-MUARO-JAMBI',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, { message: 'agencyCode must be an agency code' })
  agencyCode?: string;
}
