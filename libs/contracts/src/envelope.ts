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
