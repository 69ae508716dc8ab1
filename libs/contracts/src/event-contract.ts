import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { compiledCheckOf } from './compiled-check';
import { flatInstanceOf } from './flat-instance';
import type { EventEnvelope } from './envelope';
import type { TopicName } from './topics';

export interface EventContractMetadata {
  type: string;
  version: number;
  topic: TopicName;
  aggregateType: string;
  description: string;
  /**
   * Whether the event can occur again for the same aggregate (same `aggregateId`, new event id), and
   * what a consumer keys its effect on then. `false`: at most once per aggregate. Deliveries of the
   * same event (same id) repeat in any case; the inbox deduplicates those.
   */
  repeats: false | { when: string; keyOn: string };
}

/** The class of an event's `data`, carrying its contract metadata. */
export type EventClass<T extends object = object> = (new () => T) & {
  readonly contract?: EventContractMetadata;
};

const registry = new Map<string, EventClass>();
const keyOf = (type: string, version: number) => `${type}@v${version}`;

/** Declares a class as the `data` of one event type and version on one topic. */
export function EventContract(metadata: EventContractMetadata) {
  return (target: Function) => {
    const key = keyOf(metadata.type, metadata.version);
    if (registry.has(key)) throw new Error(`event contract ${key} declared twice`);
    Object.defineProperty(target, 'contract', { value: metadata, enumerable: false });
    registry.set(key, target as EventClass);
  };
}

export function contractOf(eventClass: EventClass): EventContractMetadata {
  const contract = eventClass.contract;
  if (!contract) throw new Error(`${eventClass.name} is not an @EventContract class`);
  return contract;
}

export function findContract(type: string, version: number): EventClass | undefined {
  return registry.get(keyOf(type, version));
}

export function allContracts(): EventClass[] {
  return [...registry.values()];
}

export class InvalidEventError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}: ${problems.join('; ')}` : message);
  }
}

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    return [
      ...Object.values(e.constraints ?? {}).map((m) => `${field}: ${m}`),
      ...describe(e.children ?? [], field),
    ];
  });
}

/** Validates an event's data against its contract class; returns the typed instance. */
export function validateEventData<T extends object>(eventClass: EventClass<T>, data: unknown): T {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidEventError(`${eventClass.name}: data must be an object`);
  }
  const instance = (flatInstanceOf(eventClass)?.(data) ?? plainToInstance(eventClass, data)) as T;
  if (compiledCheckOf(eventClass)?.(instance)) return instance;
  // forbidUnknownValues would refuse every event whose data has no fields (agreement.activated …):
  // the instance always is `eventClass`, so there is no unknown value to guard against.
  const errors = validateSync(instance, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0)
    throw new InvalidEventError(`invalid ${contractOf(eventClass).type} event`, describe(errors));
  return instance;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Parses and checks a message value: a complete envelope of a known event whose data is valid, with
 * its data as an instance of the event's class.
 */
export function parseEnvelope(value: Buffer | string | null): {
  envelope: EventEnvelope;
  eventClass: EventClass;
} {
  if (value === null) throw new InvalidEventError('empty message');
  let raw: unknown;
  try {
    raw = JSON.parse(value.toString());
  } catch {
    throw new InvalidEventError('message is not JSON');
  }
  const envelope = raw as Partial<EventEnvelope>;
  const problems: string[] = [];
  if (typeof envelope.id !== 'string' || !UUID.test(envelope.id)) problems.push('id: must be a UUID');
  if (typeof envelope.type !== 'string') problems.push('type: must be a string');
  if (!Number.isInteger(envelope.version)) problems.push('version: must be an integer');
  if (typeof envelope.aggregateId !== 'string' || envelope.aggregateId === '')
    problems.push('aggregateId: required');
  if (typeof envelope.occurredAt !== 'string' || Number.isNaN(Date.parse(envelope.occurredAt))) {
    problems.push('occurredAt: must be an ISO-8601 timestamp');
  }
  if (problems.length > 0) throw new InvalidEventError('invalid envelope', problems);
  const eventClass = findContract(envelope.type!, envelope.version!);
  if (!eventClass) throw new InvalidEventError(`unknown event ${envelope.type} v${envelope.version}`);
  // Handlers receive this instance: the data is validated once per message, not once per handler.
  envelope.data = validateEventData(eventClass, envelope.data) as Record<string, unknown>;
  return { envelope: envelope as EventEnvelope, eventClass };
}
