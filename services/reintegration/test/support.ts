import {
  contractOf,
  EnrollmentCompletedV1,
  EventHeaders,
  ParticipantReleasedV1,
  uuidv7,
  type EventClass,
  type EventEnvelope,
} from '@sinergi/contracts';
import { createKafka, createProducer } from '@sinergi/messaging';
import type { CallerIdentity, RunningService } from '@sinergi/platform';
import { callService, eventually, PLATFORM_ADMIN, testInfrastructure } from '@sinergi/testing';

export const probationOfficer = (bapasCode: string): CallerIdentity => ({
  clientId: `officer-${bapasCode}`,
  agencyCode: bapasCode,
  roles: ['probation-officer'],
});
export const AUDITOR: CallerIdentity = { clientId: 'auditor', agencyCode: 'INSPEKTORAT', roles: ['auditor'] };
export const VIEWER: CallerIdentity = {
  clientId: 'viewer',
  agencyCode: 'PEMKAB-MUARO-JAMBI',
  roles: ['viewer'],
};

export interface TestEvent<T extends object = object> {
  eventClass: EventClass<T>;
  aggregateId: string;
  data: T;
  /** Reuse an id to send a duplicate. */
  id?: string;
  /** When the event happened (training completions date the history by it). */
  occurredAt?: string;
}

/**
 * Puts events on their real topics as the producing service would, in the given order, with one
 * producer; unlike `publishTestEvent` it can back-date an event's `occurredAt`.
 */
export async function publishEvents(events: TestEvent[]): Promise<EventEnvelope[]> {
  const infra = testInfrastructure();
  const producer = createProducer(
    createKafka({ brokers: infra.brokers.split(','), clientId: 'test-publisher' }),
  );
  await producer.connect();
  try {
    const envelopes: EventEnvelope[] = [];
    for (const event of events) {
      const contract = contractOf(event.eventClass);
      const id = event.id ?? uuidv7();
      const envelope: EventEnvelope = {
        id,
        type: contract.type,
        version: contract.version,
        source: 'rehabilitation',
        occurredAt: event.occurredAt ?? new Date().toISOString(),
        aggregateType: contract.aggregateType,
        aggregateId: event.aggregateId,
        correlationId: id,
        causationId: null,
        data: event.data as Record<string, unknown>,
      };
      await producer.send({
        topic: `${infra.topicPrefix}${contract.topic}`,
        acks: -1,
        messages: [
          {
            key: event.aggregateId,
            value: JSON.stringify(envelope),
            headers: {
              [EventHeaders.id]: id,
              [EventHeaders.type]: contract.type,
              [EventHeaders.version]: String(contract.version),
            },
          },
        ],
      });
      envelopes.push(envelope);
    }
    return envelopes;
  } finally {
    await producer.disconnect();
  }
}

export const release = (
  participantId: string,
  releaseDate: string,
  bapasCode = 'BAPAS-JAMBI',
  id?: string,
): TestEvent<ParticipantReleasedV1> => ({
  eventClass: ParticipantReleasedV1,
  aggregateId: participantId,
  id,
  data: {
    releaseDate,
    releaseType: 'PAROLE',
    bapasCode,
    domicileRegionCode: '1505',
    facilityCode: 'LAPAS-JAMBI',
  },
});

export const completion = (
  participantId: string,
  agreementId: string,
  track: 'KEPRIBADIAN' | 'KEMANDIRIAN',
  occurredAt?: string,
): TestEvent<EnrollmentCompletedV1> => ({
  eventClass: EnrollmentCompletedV1,
  aggregateId: participantId,
  occurredAt,
  data: {
    enrollmentId: uuidv7(),
    programId: uuidv7(),
    agreementId,
    track,
    category: track === 'KEMANDIRIAN' ? 'WELDING' : 'COUNSELLING',
    score: 80,
    certificateNumber: `CERT-${uuidv7().slice(-8)}`,
  },
});

/** JSON as the service answers it; the tests check its shape with `expect`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Response {
  status: number;
  body: Json;
}

/** Calls the service as the gateway would on behalf of `caller`. */
export function client(service: RunningService) {
  return async (method: string, path: string, caller?: CallerIdentity, body?: unknown): Promise<Response> => {
    return callService(service, caller ?? PLATFORM_ADMIN, method, path, body);
  };
}

/** The participant's cases, once `until` holds for them. */
export function casesOf(
  call: ReturnType<typeof client>,
  participantId: string,
  until: (cases: Json[]) => boolean = (cases) => cases.length > 0,
) {
  return eventually(
    async () =>
      (await call('GET', `/reintegration/cases?participantId=${participantId}`)).body.items as Json[],
    until,
  );
}
