/** The value of every Kafka message (EVENTS.md, "Envelope"). */
export interface EventEnvelope<TData = Record<string, unknown>> {
  id: string;
  type: string;
  version: number;
  source: string;
  occurredAt: string;
  aggregateType: string;
  aggregateId: string;
  correlationId: string;
  causationId: string | null;
  data: TData;
}

/** Kafka header names; headers repeat the envelope's identity so tools can route without parsing. */
export const EventHeaders = {
  id: 'event-id',
  type: 'event-type',
  version: 'event-version',
  correlationId: 'correlation-id',
  traceparent: 'traceparent',
} as const;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode, carried beside the headers above so that
 * off-the-shelf CloudEvents consumers read Sinergi's events; the message value (the CloudEvent's
 * data, `content-type: application/json`) stays the envelope.
 */
export const CloudEventHeaders = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  subject: 'ce_subject',
  contentType: 'content-type',
} as const;

/** The headers of an event's Kafka message (besides `traceparent`, which the publisher adds). */
export function eventHeaders(envelope: EventEnvelope<object>): Record<string, string> {
  return {
    [EventHeaders.id]: envelope.id,
    [EventHeaders.type]: envelope.type,
    [EventHeaders.version]: String(envelope.version),
    [EventHeaders.correlationId]: envelope.correlationId,
    [CloudEventHeaders.specversion]: '1.0',
    [CloudEventHeaders.id]: envelope.id,
    [CloudEventHeaders.type]: envelope.type,
    [CloudEventHeaders.source]: envelope.source,
    [CloudEventHeaders.time]: envelope.occurredAt,
    [CloudEventHeaders.subject]: envelope.aggregateId,
    [CloudEventHeaders.contentType]: 'application/json',
  };
}
