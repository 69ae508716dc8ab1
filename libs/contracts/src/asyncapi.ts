import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { allContracts, contractOf, type EventClass, type EventContractMetadata } from './event-contract';
import { CloudEventHeaders, EventHeaders } from './envelope';
import * as agreementEvents from './events/agreements';
import * as budgetingEvents from './events/budgeting';
import * as rehabilitationEvents from './events/rehabilitation';
import * as reintegrationEvents from './events/reintegration';
import { Topics, type TopicName } from './topics';

// class-transformer's @Type metadata names the items of nested arrays (it ships no typings for this path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
};

/** Who really consumes what: per service, each `@HandleEvent` handler (`Class.method`) and its event. */
export type EventConsumers = Record<string, ReadonlyArray<{ handler: string; eventClass: EventClass }>>;

const envelopeSchema = {
  type: 'object',
  required: [
    'id',
    'type',
    'version',
    'source',
    'occurredAt',
    'aggregateType',
    'aggregateId',
    'correlationId',
    'causationId',
    'data',
  ],
  properties: {
    id: {
      type: 'string',
      format: 'uuid',
      description: 'UUID v7, unique per event; consumers deduplicate on it',
    },
    type: { type: 'string' },
    version: { type: 'integer', minimum: 1 },
    source: { type: 'string', description: 'the publishing service' },
    occurredAt: { type: 'string', format: 'date-time' },
    aggregateType: { type: 'string' },
    aggregateId: { type: 'string', description: 'also the Kafka message key' },
    correlationId: { type: 'string' },
    causationId: { type: ['string', 'null'] },
  },
};

const headersSchema = {
  type: 'object',
  properties: Object.fromEntries(
    [...Object.values(EventHeaders), ...Object.values(CloudEventHeaders)].map((h) => [h, { type: 'string' }]),
  ),
};

/** What a consumer must know about an event repeating for one aggregate. */
export function repetitionOf(meta: EventContractMetadata): string {
  return meta.repeats === false
    ? 'once per aggregate: key on aggregateId'
    : `repeats ${meta.repeats.when}: key on ${meta.repeats.keyOn}`;
}

const byTopicAndType = (a: { meta: EventContractMetadata }, b: { meta: EventContractMetadata }) =>
  a.meta.topic.localeCompare(b.meta.topic) || a.meta.type.localeCompare(b.meta.type);

/** The handlers of each event class, as `service (Class.method, …)`. */
function consumersByEvent(consumers: EventConsumers): Map<EventClass, string[]> {
  const byEvent = new Map<EventClass, string[]>();
  for (const [service, handlers] of Object.entries(consumers).sort(([a], [b]) => a.localeCompare(b))) {
    const byClass = new Map<EventClass, string[]>();
    for (const { handler, eventClass } of handlers)
      byClass.set(eventClass, [...(byClass.get(eventClass) ?? []), handler]);
    for (const [eventClass, names] of byClass)
      byEvent.set(eventClass, [...(byEvent.get(eventClass) ?? []), `${service} (${names.join(', ')})`]);
  }
  return byEvent;
}

/** Every class the event modules export (event data classes and the classes nested in them), by name. */
const eventModuleClasses = new Map<string, Function>(
  [agreementEvents, budgetingEvents, rehabilitationEvents, reintegrationEvents].flatMap((m) =>
    Object.values(m)
      .filter((v): v is Function => typeof v === 'function')
      .map((cls) => [cls.name, cls] as const),
  ),
);

/**
 * JSON schemas of the event data classes and of the classes they nest, generated class by class
 * so that other class-validator classes loaded in the process (DTOs, settings) never leak in.
 */
function eventSchemas(roots: Function[]): Record<string, object> {
  const schemas: Record<string, object> = {};
  const visit = (cls: Function) => {
    if (schemas[cls.name]) return;
    const schema = targetConstructorToSchema(cls, {
      refPointerPrefix: '#/components/schemas/',
      classTransformerMetadataStorage: defaultMetadataStorage,
    }) as object;
    schemas[cls.name] = Object.keys(schema).length > 0 ? schema : { type: 'object', properties: {} };
    for (const [, name] of JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      const nested = eventModuleClasses.get(name);
      if (!nested) throw new Error(`${cls.name} refers to ${name}, which no event module exports`);
      visit(nested);
    }
  };
  for (const cls of roots) visit(cls);
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
}

const channelId = (topic: string) => topic.replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase());

/**
 * The AsyncAPI 3 document of every topic and event, generated from the contract classes; the
 * receive operations come from `consumers`, the services' actual handlers.
 */
export function buildAsyncApiDocument(consumers: EventConsumers) {
  const contracts = allContracts()
    .map((c) => ({ cls: c, meta: contractOf(c) }))
    .sort(byTopicAndType);
  const messages: Record<string, object> = {};
  for (const { cls, meta } of contracts) {
    messages[cls.name] = {
      name: meta.type,
      title: `${meta.type} v${meta.version}`,
      summary: meta.description,
      description: `${meta.description} Repetition: ${repetitionOf(meta)}.`,
      contentType: 'application/json',
      headers: { $ref: '#/components/schemas/EventHeaders' },
      payload: {
        allOf: [
          { $ref: '#/components/schemas/EventEnvelope' },
          { type: 'object', properties: { data: { $ref: `#/components/schemas/${cls.name}` } } },
        ],
      },
      'x-aggregate-type': meta.aggregateType,
      'x-repeats': meta.repeats,
    };
  }
  const topics = Object.values(Topics) as TopicName[];
  const channels: Record<string, object> = {};
  const operations: Record<string, object> = {};
  for (const topic of topics) {
    const own = contracts.filter((c) => c.meta.topic === topic).map((c) => c.cls.name);
    const id = channelId(topic);
    channels[id] = {
      address: topic,
      description: `Events of ${topic.split('.')[1]} aggregates, keyed by aggregateId.`,
      messages: Object.fromEntries(own.map((name) => [name, { $ref: `#/components/messages/${name}` }])),
    };
    operations[`publish${id[0].toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      summary: `Published by ${topic.split('.')[0]} through its outbox`,
    };
    for (const [consumer, handlers] of Object.entries(consumers).sort(([a], [b]) => a.localeCompare(b))) {
      const taken = handlers.filter((h) => contractOf(h.eventClass).topic === topic);
      if (taken.length === 0) continue;
      const names = [...new Set(taken.map((h) => h.eventClass.name))].sort();
      operations[`${consumer}Consumes${id[0].toUpperCase()}${id.slice(1)}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${id}` },
        messages: names.map((name) => ({ $ref: `#/channels/${id}/messages/${name}` })),
        summary: `Consumed by ${consumer}: ${taken.map((h) => h.handler).join(', ')} (retry: ${topic}.${consumer}.retry, dead letters: ${topic}.${consumer}.dlq)`,
      };
    }
  }
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Sinergi events',
      version: '1.0.0',
      description: 'Every Kafka topic and event of the platform, generated from libs/contracts.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: {
      schemas: {
        EventEnvelope: envelopeSchema,
        EventHeaders: headersSchema,
        ...eventSchemas(contracts.map((c) => c.cls)),
      } as Record<string, object>,
      messages,
    },
  };
}

/** A Markdown table of the same catalogue, for the docs. */
export function renderEventTable(consumers: EventConsumers): string {
  const byEvent = consumersByEvent(consumers);
  const rows = allContracts()
    .map((c) => ({ cls: c, meta: contractOf(c) }))
    .sort(byTopicAndType)
    .map(({ cls, meta }) => {
      const handledBy = (byEvent.get(cls) ?? []).join(', ');
      return `| \`${meta.topic}\` | \`${meta.type}\` v${meta.version} | ${meta.description} | ${repetitionOf(meta)} | ${handledBy || '—'} |`;
    });
  return [
    '# Event catalogue',
    '',
    'Generated by `npm run docs:events` from `libs/contracts` and the `@HandleEvent` handlers of each',
    'service (the AsyncAPI 3 document is `docs/events/asyncapi.json`). Do not edit by hand.',
    '',
    '"Repetition" says whether an event can occur again for the same aggregate (same `aggregateId`,',
    'new event id) and what a consumer keys its effect on. Independently of that, a delivery can',
    'repeat with the same event id; the inbox of each consumer skips those.',
    '',
    '| topic | event | meaning | repetition | consumed by |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
