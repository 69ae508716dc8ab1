import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
  type TextMapGetter,
} from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';
import { header } from './kafka-client';

/*
 * Trace context across Kafka, written once here. An event stores the W3C `traceparent` of the span
 * that published it (a request's, or a consumer's) with its outbox row; the relay sends it in a
 * producer span of that trace; the consumer handles it in a consumer span of the same trace, so the
 * events a handler publishes in turn stay in it. With tracing off these are no-ops.
 */
const tracer = () => trace.getTracer('@sinergi/messaging');

/**
 * Reads a message's headers for the propagator as it asks for them: it reads one or two (W3C:
 * `traceparent`, `tracestate`), and none with tracing off, so the others are never decoded.
 */
const kafkaHeaders: TextMapGetter<IHeaders | undefined> = {
  keys: (headers) => Object.keys(headers ?? {}),
  get: header,
};

/** The `traceparent` of the active span, when tracing is on and a span is active. */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** A producer span for one event about to be sent, child of the trace stored with it. */
export function startPublishSpan(
  topic: string,
  headers: Record<string, string>,
  attributes: Attributes,
): { span: Span; headers: Record<string, string> } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan(
    `${topic} publish`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes },
    },
    parent,
  );
  const sent = { ...headers };
  propagation.inject(trace.setSpan(parent, span), sent);
  return { span, headers: sent };
}

export function endSpans(spans: Span[], error?: unknown): void {
  for (const span of spans) {
    if (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    }
    span.end();
  }
}

/** Runs `work` in a consumer span, child of the trace context the message carries. */
export function inConsumerSpan<T>(
  topic: string,
  headers: IHeaders | undefined,
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  return inSpan(topic, attributes, propagation.extract(ROOT_CONTEXT, headers, kafkaHeaders), [], work);
}

/** Runs `work` for several messages in one consumer span, linked to the trace context of each. */
export function inConsumerBatchSpan<T>(
  topic: string,
  headers: Array<IHeaders | undefined>,
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  const links = headers.flatMap((h) => {
    const linked = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, h, kafkaHeaders));
    return linked ? [{ context: linked }] : [];
  });
  return inSpan(topic, attributes, ROOT_CONTEXT, links, work);
}

function inSpan<T>(
  topic: string,
  attributes: Attributes,
  parent: Context,
  links: Link[],
  work: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(
    `${topic} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes },
      links,
    },
    parent,
    async (span) => {
      try {
        return await work();
      } catch (error) {
        endSpans([span], error);
        throw error;
      } finally {
        if (span.isRecording()) span.end();
      }
    },
  );
}
