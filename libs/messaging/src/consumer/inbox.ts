import type { EventEnvelope } from '@sinergi/contracts';
import { validateEventData } from '@sinergi/contracts';
import { requestContext } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import type { RegisteredHandler } from './event-handlers';

/** Where the message of an event was read (recorded in the inbox for tracing). */
export interface InboxSource {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Records the event in the consumer's inbox and runs, inside the caller's transaction, those of
 * `handlers` that have not yet run for it: all of them for an event seen for the first time; for
 * an event already recorded, only handlers missing from its row (a handler added since, given the
 * event by `npm run replay`). A row recorded before handler names were kept (NULL) counts as
 * handled by every handler. `duplicate` when nothing was left to run.
 */
export async function applyOnce(
  manager: EntityManager,
  consumer: string,
  envelope: EventEnvelope,
  handlers: RegisteredHandler[],
  source: InboxSource,
): Promise<'handled' | 'duplicate'> {
  const names = handlers.map((h) => h.name);
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset", handlers)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, envelope.id, envelope.type, source.topic, source.partition, source.offset, names],
  );
  let pending = handlers;
  if (inserted.length === 0) {
    const [row] = (await manager.query(
      `SELECT handlers FROM inbox WHERE consumer = $1 AND event_id = $2 FOR UPDATE`,
      [consumer, envelope.id],
    )) as Array<{ handlers: string[] | null }>;
    const done = row.handlers;
    pending = done === null ? [] : handlers.filter((h) => !done.includes(h.name));
    if (pending.length === 0) return 'duplicate';
    await manager.query(
      `UPDATE inbox SET handlers = handlers || $3::text[] WHERE consumer = $1 AND event_id = $2`,
      [consumer, envelope.id, pending.map((h) => h.name)],
    );
  }
  await requestContext.run({ correlationId: envelope.correlationId, causationId: envelope.id }, async () => {
    for (const handler of pending) {
      await handler.handle(validateEventData(handler.eventClass, envelope.data), envelope);
    }
  });
  return 'handled';
}
