import { Inject, Injectable } from '@nestjs/common';
import { uuidv7, type EventEnvelope } from '@sinergi/contracts';
import { Transactions } from '@sinergi/messaging';
import { SERVICE_ENV } from '@sinergi/platform';
import type { NotificationsEnv } from '../config/notifications-env';

/** The JSON body of a webhook (Standard Webhooks payload structure). */
export interface WebhookBody {
  type: string;
  timestamp: string;
  data: {
    eventId: string;
    eventVersion: number;
    aggregateType: string;
    aggregateId: string;
    payload: object;
  };
}

export function webhookBody(event: EventEnvelope): string {
  const body: WebhookBody = {
    type: event.type,
    timestamp: event.occurredAt,
    data: {
      eventId: event.id,
      eventVersion: event.version,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.data,
    },
  };
  return JSON.stringify(body);
}

/**
 * Turns one event into one pending delivery per live subscription of an agency in its audience
 * that asked for its type, in the transaction of the event (so the inbox and the deliveries commit
 * together). The delivery worker sends them.
 */
@Injectable()
export class DeliveryQueue {
  constructor(
    private readonly transactions: Transactions,
    @Inject(SERVICE_ENV) private readonly env: NotificationsEnv,
  ) {}

  async enqueue(event: EventEnvelope, audience: Iterable<string>): Promise<number> {
    const agencies = [...new Set(audience)];
    if (agencies.length === 0) return 0;
    const db = this.transactions.manager;
    const subscriptions: Array<{ id: string }> = await db.query(
      `SELECT id FROM subscriptions
       WHERE deleted_at IS NULL AND agency_code = ANY($1::text[]) AND $2 = ANY(event_types)
       ORDER BY id`,
      [agencies, event.type],
    );
    if (subscriptions.length === 0) return 0;
    const body = webhookBody(event);
    let queued = 0;
    for (const { id: subscriptionId } of subscriptions) {
      const id = uuidv7();
      const inserted: unknown[] = await db.query(
        `INSERT INTO deliveries (id, subscription_id, message_id, event_id, event_type, body, give_up_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7::double precision / 1000))
         ON CONFLICT (subscription_id, event_id) WHERE redelivery_of IS NULL DO NOTHING
         RETURNING id`,
        [id, subscriptionId, `msg_${id}`, event.id, event.type, body, this.env.WEBHOOK_RETRY_WINDOW_MS],
      );
      queued += inserted.length;
    }
    return queued;
  }
}
