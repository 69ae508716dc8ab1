import { Inject, Injectable } from '@nestjs/common';
import {
  contractOf,
  eventHeaders,
  EventHeaders,
  uuidv7,
  validateEventData,
  type EventClass,
  type EventEnvelope,
} from '@sinergi/contracts';
import { requestContext } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { activeTraceparent } from '../tracing';
import type { PipelinedStatement } from '../transactions/pipelined-connection';
import { Transactions } from '../transactions/transactions';

interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  type: string;
  version: number;
  envelope: string;
  headers: string;
}

/**
 * Takes the advisory lock of every key the transaction published for, in one sorted order (so two
 * transactions never wait on each other's keys crosswise), then writes the rows in publishing
 * order. The one-time filter runs before any row is inserted, so positions are drawn under the locks.
 */
const WRITE_OUTBOX = `
  INSERT INTO outbox (event_id, topic, message_key, event_type, event_version, envelope, headers)
  SELECT e.event_id, e.topic, e.message_key, e.event_type, e.event_version, e.envelope::json, e.headers::json
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
         WITH ORDINALITY AS e(event_id, topic, message_key, event_type, event_version, envelope, headers, n)
   WHERE (SELECT count(*) FROM (
            SELECT pg_advisory_xact_lock(hashtextextended(lock_key, 0))
              FROM (SELECT DISTINCT lock_key FROM unnest($8::text[]) AS lock_key ORDER BY lock_key) AS keys
          ) AS locked) >= 0
   ORDER BY e.n`;

/**
 * Publishes events through the transactional outbox: the event rows are written in the open
 * transaction by one statement sent with its COMMIT, so they exist exactly when the state change
 * they describe was committed. A transaction publishing for a key holds that key until it ends:
 * concurrent writers of one key are serialised, each for no longer than its commit takes.
 */
@Injectable()
export class EventPublisher {
  /** Rows published in each open transaction, written by one statement sent with its COMMIT. */
  private readonly pending = new WeakMap<EntityManager, OutboxRow[]>();

  constructor(
    private readonly transactions: Transactions,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async publish<T extends object>(
    eventClass: EventClass<T>,
    aggregateId: string,
    data: T,
  ): Promise<EventEnvelope<T>> {
    const manager = this.transactions.requireTransaction();
    const contract = contractOf(eventClass);
    const context = requestContext.current();
    const refusedBy = context?.publishingRefusedBy;
    if (refusedBy)
      throw new Error(
        `${refusedBy} handles many events at once (@HandleEvents), so an event it published could not ` +
          `name the one it reacts to: publish ${contract.type} from a @HandleEvent handler`,
      );
    const plain = JSON.parse(JSON.stringify(data)) as T;
    validateEventData(eventClass, plain);
    const id = uuidv7();
    const correlationId = context?.correlationId ?? id;
    const envelope: EventEnvelope<T> = {
      id,
      type: contract.type,
      version: contract.version,
      source: this.options.serviceName,
      occurredAt: new Date().toISOString(),
      aggregateType: contract.aggregateType,
      aggregateId,
      correlationId,
      causationId: context?.causationId ?? context?.correlationId ?? null,
      data: plain,
    };
    const headers = {
      ...eventHeaders(envelope),
      [EventHeaders.traceparent]: activeTraceparent() ?? traceparent(correlationId, id),
    };
    this.rowsOf(manager).push({
      id,
      topic: contract.topic,
      key: aggregateId,
      type: contract.type,
      version: contract.version,
      envelope: JSON.stringify(envelope),
      headers: JSON.stringify(headers),
    });
    return envelope;
  }

  private rowsOf(manager: EntityManager): OutboxRow[] {
    let rows = this.pending.get(manager);
    if (!rows) {
      const written: OutboxRow[] = (rows = []);
      this.pending.set(manager, written);
      this.transactions.atCommit(() => this.statement(manager, written));
    }
    return rows;
  }

  // Writers of one key take turns until commit, so each key's outbox positions follow commit
  // order and the relay, reading by position, publishes them in that order.
  private statement(manager: EntityManager, rows: OutboxRow[]): PipelinedStatement {
    this.pending.delete(manager);
    return {
      text: WRITE_OUTBOX,
      values: [
        rows.map((r) => r.id),
        rows.map((r) => r.topic),
        rows.map((r) => r.key),
        rows.map((r) => r.type),
        rows.map((r) => r.version),
        rows.map((r) => r.envelope),
        rows.map((r) => r.headers),
        rows.map((r) => `${r.topic}/${r.key}`),
      ],
    };
  }
}

/**
 * With tracing off, a W3C trace context derived from the correlation id, so that a request's events
 * still share one trace id in the headers.
 */
function traceparent(correlationId: string, eventId: string): string {
  const hex = (s: string, length: number) =>
    s
      .replace(/[^0-9a-f]/gi, '')
      .toLowerCase()
      .padEnd(length, '0')
      .slice(0, length);
  return `00-${hex(correlationId, 32)}-${hex(eventId.slice(-12) + eventId.slice(0, 8), 16)}-01`;
}
