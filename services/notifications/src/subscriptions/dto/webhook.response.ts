import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IntegerField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import { SUBSCRIBABLE_EVENT_TYPES } from '../event-types';
import { DELIVERY_STATUSES } from './list.query';

export class WebhookResponse {
  @UuidField() id: string;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) agencyCode: string;
  @TextField({ example: 'https://sistem.muarojambikab.go.id/sinergi/webhooks' }) url: string;
  @EnumField(SUBSCRIBABLE_EVENT_TYPES, { isArray: true }) eventTypes: string[];
  @TextField({ nullable: true }) description: string | null;
  @TextField({ description: 'The client or person that created it', example: 'user:01939d5e-…' })
  createdBy: string;
  @TimestampField() createdAt: Date;
  @TimestampField() updatedAt: Date;
}

export class CreatedWebhookResponse extends WebhookResponse {
  @ApiProperty({
    description:
      'The signing secret (`whsec_` + base64), shown this once: keep it to verify `webhook-signature` (Standard Webhooks)',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwHa0Dk0o1gmU=',
  })
  secret: string;
}

export class DeliveryResponse {
  @UuidField() id: string;
  @UuidField({ description: 'The webhook' }) webhookId: string;
  @TextField({
    description: 'The `webhook-id` header: the same on every attempt and redelivery',
    example: 'msg_01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b',
  })
  messageId: string;
  @UuidField() eventId: string;
  @EnumField(SUBSCRIBABLE_EVENT_TYPES) eventType: string;
  @EnumField(DELIVERY_STATUSES) status: string;
  @IntegerField({ minimum: 0, example: 1 }) attempts: number;
  @TimestampField({ nullable: true, description: 'When the next attempt is due (PENDING only)' })
  nextAttemptAt: Date | null;
  @TimestampField({ description: 'A delivery still not accepted then is marked FAILED' }) giveUpAt: Date;
  @TimestampField({ nullable: true }) lastAttemptAt: Date | null;
  @IntegerField({ nullable: true, example: 200, description: "The receiver's last HTTP status" })
  lastStatusCode: number | null;
  @TextField({ nullable: true, example: 'the receiver answered 503' }) lastError: string | null;
  @TimestampField({ nullable: true }) deliveredAt: Date | null;
  @UuidField({ nullable: true, description: 'The delivery this one redelivers' }) redeliveryOf: string | null;
  @TimestampField() createdAt: Date;
  @TimestampField() updatedAt: Date;
}
