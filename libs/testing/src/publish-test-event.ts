import { contractOf, eventHeaders, uuidv7, type EventClass, type EventEnvelope } from '@sinergi/contracts';
import { createKafka, createProducer } from '@sinergi/messaging';
import { testInfrastructure } from './test-env';

/**
 * Puts an event on its real topic as another service would (envelope, key, headers), for tests
 * of consumers. Pass `id` to send the same event again (a duplicate).
 */
export async function publishTestEvent<T extends object>(
  eventClass: EventClass<T>,
  aggregateId: string,
  data: T,
  options: { id?: string; source?: string; correlationId?: string } = {},
): Promise<EventEnvelope<T>> {
  const infra = testInfrastructure();
  const contract = contractOf(eventClass);
  const id = options.id ?? uuidv7();
  const envelope: EventEnvelope<T> = {
    id,
    type: contract.type,
    version: contract.version,
    source: options.source ?? 'test',
    occurredAt: new Date().toISOString(),
    aggregateType: contract.aggregateType,
    aggregateId,
    correlationId: options.correlationId ?? id,
    causationId: null,
    data,
  };
  const producer = createProducer(
    createKafka({ brokers: infra.brokers.split(','), clientId: 'test-publisher' }),
  );
  await producer.connect();
  try {
    await producer.send({
      topic: `${infra.topicPrefix}${contract.topic}`,
      acks: -1,
      messages: [
        {
          key: aggregateId,
          value: JSON.stringify(envelope),
          headers: eventHeaders(envelope),
        },
      ],
    });
  } finally {
    await producer.disconnect();
  }
  return envelope;
}
