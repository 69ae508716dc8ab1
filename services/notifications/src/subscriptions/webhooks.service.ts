import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { uuidv7 } from '@sinergi/contracts';
import { Transactions } from '@sinergi/messaging';
import {
  currentCaller,
  DomainError,
  hasRole,
  Roles,
  SERVICE_ENV,
  toPage,
  type CallerIdentity,
  type Page,
} from '@sinergi/platform';
import type { NotificationsEnv } from '../config/notifications-env';
import { newSigningSecret } from '../signing/standard-webhooks';
import { assertWebhookUrl } from '../url-policy/url-policy';
import type { CreateWebhookDto } from './dto/create-webhook.dto';
import type { DeliveryListQuery, WebhookListQuery } from './dto/list.query';
import type { CreatedWebhookResponse, DeliveryResponse, WebhookResponse } from './dto/webhook.response';
import { SecretVault } from './secret-vault';

interface WebhookRow {
  id: string;
  agency_code: string;
  url: string;
  event_types: string[];
  description: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  message_id: string;
  event_id: string;
  event_type: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  give_up_at: Date;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  redelivery_of: string | null;
  created_at: Date;
  updated_at: Date;
}

const WEBHOOK_COLUMNS = `id, agency_code, url, event_types, description, created_by, created_at, updated_at`;
const DELIVERY_COLUMNS = `id, subscription_id, message_id, event_id, event_type, status, attempts, next_attempt_at,
  give_up_at, last_attempt_at, last_status_code, last_error, delivered_at, redelivery_of, created_at, updated_at`;

const toWebhook = (row: WebhookRow): WebhookResponse => ({
  id: row.id,
  agencyCode: row.agency_code,
  url: row.url,
  eventTypes: row.event_types,
  description: row.description,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toDelivery = (row: DeliveryRow): DeliveryResponse => ({
  id: row.id,
  webhookId: row.subscription_id,
  messageId: row.message_id,
  eventId: row.event_id,
  eventType: row.event_type,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'PENDING' ? row.next_attempt_at : null,
  giveUpAt: row.give_up_at,
  lastAttemptAt: row.last_attempt_at,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  deliveredAt: row.delivered_at,
  redeliveryOf: row.redelivery_of,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Webhook subscriptions of agencies. An agency-admin manages its own agency's webhooks; a
 * platform-admin manages every agency's. Another agency's webhook is 404, as if absent.
 */
@Injectable()
export class Webhooks {
  constructor(
    private readonly transactions: Transactions,
    private readonly vault: SecretVault,
    @Inject(SERVICE_ENV) private readonly env: NotificationsEnv,
  ) {}

  /** The agency whose webhooks the caller manages, or null for a platform-admin (all). */
  private scope(caller: CallerIdentity): string | null {
    if (hasRole(caller, Roles.platformAdmin)) return null;
    if (!hasRole(caller, Roles.agencyAdmin))
      throw new ForbiddenException('webhooks are managed by agency-admins and platform-admins');
    return caller.agencyCode;
  }

  async create(dto: CreateWebhookDto): Promise<CreatedWebhookResponse> {
    const caller = currentCaller();
    const scope = this.scope(caller);
    const agencyCode = dto.agencyCode ?? caller.agencyCode;
    if (scope !== null && agencyCode !== scope)
      throw new ForbiddenException(`an agency-admin manages the webhooks of ${scope} only`);
    const url = await assertWebhookUrl(dto.url, this.env.WEBHOOK_ALLOW_PRIVATE_URLS);
    const id = uuidv7();
    const secret = newSigningSecret();
    const [row]: WebhookRow[] = await this.transactions.manager.query(
      `INSERT INTO subscriptions (id, agency_code, url, event_types, description, secret_sealed, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${WEBHOOK_COLUMNS}`,
      [
        id,
        agencyCode,
        url.href,
        [...dto.eventTypes].sort(),
        dto.description ?? null,
        this.vault.seal(secret, id),
        caller.clientId,
      ],
    );
    return { ...toWebhook(row), secret };
  }

  async list(query: WebhookListQuery): Promise<Page<WebhookResponse>> {
    const scope = this.scope(currentCaller());
    const agency = scope ?? query.agencyCode ?? null;
    const rows: WebhookRow[] = await this.transactions.manager.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM subscriptions
       WHERE deleted_at IS NULL
         AND ($1::text IS NULL OR agency_code = $1)
         AND ($2::uuid IS NULL OR id > $2)
         AND ($3::timestamptz IS NULL OR updated_at >= $3)
       ORDER BY id LIMIT $4`,
      [agency, query.cursor ?? null, query.updatedSince ?? null, query.limit + 1],
    );
    return toPage(rows.map(toWebhook), query.limit);
  }

  private async find(id: string): Promise<WebhookRow> {
    const scope = this.scope(currentCaller());
    const [row]: WebhookRow[] = await this.transactions.manager.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM subscriptions
       WHERE id = $1 AND deleted_at IS NULL AND ($2::text IS NULL OR agency_code = $2)`,
      [id, scope],
    );
    if (!row) throw new NotFoundException(`no webhook ${id}`);
    return row;
  }

  async get(id: string): Promise<WebhookResponse> {
    return toWebhook(await this.find(id));
  }

  /** Deletes a webhook; its pending deliveries are not sent any more (they end FAILED). */
  async delete(id: string): Promise<void> {
    await this.transactions.run(async (db) => {
      await this.find(id);
      await db.query(`UPDATE subscriptions SET deleted_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await db.query(
        `UPDATE deliveries SET status = 'FAILED', last_error = 'the webhook was deleted', finished_at = now(),
           updated_at = now()
         WHERE subscription_id = $1 AND status = 'PENDING'`,
        [id],
      );
    });
  }

  async deliveries(id: string, query: DeliveryListQuery): Promise<Page<DeliveryResponse>> {
    await this.find(id);
    const rows: DeliveryRow[] = await this.transactions.manager.query(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries
       WHERE subscription_id = $1
         AND ($2::text IS NULL OR status = $2)
         AND ($3::uuid IS NULL OR id > $3)
         AND ($4::timestamptz IS NULL OR updated_at >= $4)
       ORDER BY id LIMIT $5`,
      [id, query.status ?? null, query.cursor ?? null, query.updatedSince ?? null, query.limit + 1],
    );
    return toPage(rows.map(toDelivery), query.limit);
  }

  /**
   * Sends a finished delivery (succeeded or failed) again: a new delivery with the same message id
   * and body, due now, with a fresh 24-hour deadline. A pending one is already being tried (409).
   */
  async redeliver(id: string, deliveryId: string): Promise<DeliveryResponse> {
    return this.transactions.run(async (db) => {
      await this.find(id);
      const [original]: DeliveryRow[] = await db.query(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = $1 AND subscription_id = $2 FOR UPDATE`,
        [deliveryId, id],
      );
      if (!original) throw new NotFoundException(`no delivery ${deliveryId} of webhook ${id}`);
      const [pending]: unknown[] = await db.query(
        `SELECT 1 FROM deliveries WHERE subscription_id = $1 AND message_id = $2 AND status = 'PENDING'`,
        [id, original.message_id],
      );
      if (pending)
        throw new DomainError(
          'webhook.delivery-pending',
          `message ${original.message_id} is still being delivered; redeliver it once it has succeeded or failed`,
        );
      const [row]: DeliveryRow[] = await db.query(
        `INSERT INTO deliveries (id, subscription_id, message_id, event_id, event_type, body, give_up_at, redelivery_of)
         SELECT $1, subscription_id, message_id, event_id, event_type, body,
                now() + make_interval(secs => $3::double precision / 1000), id
         FROM deliveries WHERE id = $2
         RETURNING ${DELIVERY_COLUMNS}`,
        [uuidv7(), deliveryId, this.env.WEBHOOK_RETRY_WINDOW_MS],
      );
      return toDelivery(row);
    });
  }
}
