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
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { activeTraceparent } from '../tracing';
import { Transactions } from '../transactions/transactions';

/**
 * Publishes events through the transactional outbox: the event row is written in the open
 * transaction, so it exists exactly when the state change it describes was committed. A transaction
 * publishing for a key holds that key until it ends: concurrent writers of one key are serialised.
 */
@Injectable()
export class EventPublisher {
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
    // Writers of one key take turns until commit, so each key's outbox positions follow commit
    // order and the relay, reading by position, publishes them in that order.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `${contract.topic}/${aggregateId}`,
    ]);
    await manager.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_type, event_version, envelope, headers)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, contract.topic, aggregateId, contract.type, contract.version, envelope, headers],
    );
    return envelope;
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
