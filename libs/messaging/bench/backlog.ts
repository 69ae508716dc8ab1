import { ProgramFundingRequestedV1 } from '@sinergi/contracts';
import { startService, type RunningService } from '@sinergi/platform';
import { serviceTestEnv } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventPublisher, OutboxRelay, Transactions, type MessagingOptions } from '../src';
import { fundingRequest, producerService } from '../test/probe-services';

/** An outbox row as the relay sends it: key, envelope and headers. */
export type BacklogMessage = { key: string; value: string; headers: Record<string, string> };

export interface RelayOverBacklog {
  relay: RunningService;
  /** When the backlog became visible to the relay (Date.now()). */
  committedAt: number;
  /** The backlog as the relay sends it (read after the timing: it reads every envelope). */
  messages(): Promise<BacklogMessage[]>;
  stop(): Promise<void>;
}

/**
 * A relay started and connected to Kafka first, then `events` funding requests over 50 aggregates
 * committed to the outbox in one transaction. A drain timed from `committedAt` measures the relay
 * alone: neither the writer nor the relay's own start (a service's boot, the producer's connection)
 * falls inside it, as the raw producer's connection falls outside its own timing.
 */
export async function relayOverBacklog(
  events: number,
  relayOptions: Partial<MessagingOptions['relay']>,
): Promise<RelayOverBacklog> {
  const env = serviceTestEnv('rehabilitation');
  const writer = await startService(producerService({ relay: { enabled: false } }), env);
  const relay = await startService(producerService({ relay: relayOptions }), env);
  // Connects the producer; the outbox holds nothing yet, so it sends nothing.
  await relay.app.get(OutboxRelay).publishBatch();
  const publisher = writer.app.get(EventPublisher);
  const aggregates = Array.from({ length: 50 }, () => randomUUID());
  await writer.app.get(Transactions).run(async () => {
    for (let i = 0; i < events; i++)
      await publisher.publish(
        ProgramFundingRequestedV1,
        aggregates[i % 50],
        fundingRequest('LAPAS-BENCH', i),
      );
  });
  const committedAt = Date.now();
  const messages = async () =>
    (await writer.app.get(DataSource).query(
      `SELECT message_key AS key, envelope::text AS value, headers FROM outbox
        WHERE message_key = ANY($1) ORDER BY position`,
      [aggregates],
    )) as BacklogMessage[];
  return {
    relay,
    committedAt,
    messages,
    stop: async () => {
      await relay.stop();
      await writer.stop();
    },
  };
}
