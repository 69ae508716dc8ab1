import { ProgramFundingRequestedV1 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { randomUUID } from 'node:crypto';
import { EventPublisher, Transactions } from '../src';
import { fundingRequest } from '../test/probe-services';

/** Writes `events` funding requests over 50 aggregates into the producer's outbox, 100 per transaction. */
export async function writeBacklog(service: RunningService, events: number): Promise<void> {
  const transactions = service.app.get(Transactions);
  const publisher = service.app.get(EventPublisher);
  const aggregates = Array.from({ length: 50 }, () => randomUUID());
  for (let i = 0; i < events; i += 100) {
    await transactions.run(async () => {
      for (let j = i; j < Math.min(i + 100, events); j++) {
        await publisher.publish(
          ProgramFundingRequestedV1,
          aggregates[j % 50],
          fundingRequest('LAPAS-BENCH', j),
        );
      }
    });
  }
}
