import { ListQuery } from '@sinergi/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class WebhookListQuery extends ListQuery {
  /** A platform-admin's filter; everyone else sees their own agency's webhooks only. */
  @IsOptional()
  @Matches(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, { message: 'agencyCode must be an agency code' })
  agencyCode?: string;
}

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;

export class DeliveryListQuery extends ListQuery {
  @IsOptional() @IsIn(DELIVERY_STATUSES) status?: (typeof DELIVERY_STATUSES)[number];
}
