import type { EventEnvelope } from '@sinergi/contracts';
import { requestContext } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import type { RegisteredHandler } from './event-handlers';

/** Where the message of an event was read (recorded in the inbox for tracing). */
export interface InboxSource {
  topic: string;
  partition: number;
  offset: string;
}

/** One event to apply: its envelope (its data validated), the handlers that take it, where it was read. */
export interface InboxEntry {
  envelope: EventEnvelope;
  handlers: RegisteredHandler[];
  source: InboxSource;
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
  const [outcome] = await applyAllOnce(manager, consumer, [{ envelope, handlers, source }]);
  return outcome;
}

/**
 * `applyOnce` for consecutive events, in the caller's transaction: one multi-row inbox insert for
 * all of them, then each event's pending handlers in the given order. An event seen twice (even
 * within `entries`) runs its handlers once. Consecutive events whose only pending handler is the
 * same `@HandleEvents` method go to it in one call, which changes nothing about the order in which
 * handlers see events. `around` wraps the work of one event, or of the events of one such call.
 */
export async function applyAllOnce<E extends InboxEntry>(
  manager: EntityManager,
  consumer: string,
  entries: E[],
  around: (entries: E[], work: () => Promise<void>) => Promise<void> = (_, work) => work(),
): Promise<Array<'handled' | 'duplicate'>> {
  const inserted = new Set(
    (
      (await manager.query(
        // One JSON parameter: pg would quote and escape every element of six array parameters.
        `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset", handlers)
         SELECT $1, e.id, e.type, e.topic, e.partition, e.offset, e.handlers
           FROM json_to_recordset($2::json)
                AS e(id uuid, type text, topic text, partition int, "offset" bigint, handlers text[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [
          consumer,
          JSON.stringify(
            entries.map((e) => ({
              id: e.envelope.id,
              type: e.envelope.type,
              topic: e.source.topic,
              partition: e.source.partition,
              offset: e.source.offset,
              handlers: e.handlers.map((h) => h.name),
            })),
          ),
        ],
      )) as Array<{ event_id: string }>
    ).map((row) => row.event_id.toLowerCase()),
  );
  const pending: RegisteredHandler[][] = [];
  for (const entry of entries) {
    // The first occurrence of a newly recorded event runs every handler; any other looks at its row.
    pending.push(
      inserted.delete(entry.envelope.id.toLowerCase())
        ? entry.handlers
        : await pendingHandlers(manager, consumer, entry),
    );
  }
  const onlyMany = (i: number) =>
    pending[i].length === 1 ? pending[i][0].handleMany && pending[i][0] : undefined;
  for (let i = 0; i < entries.length;) {
    const many = onlyMany(i);
    if (!many) {
      if (pending[i].length > 0)
        await around([entries[i]], () => runHandlers(entries[i].envelope, pending[i]));
      i++;
      continue;
    }
    const group: E[] = [];
    for (; i < entries.length && (pending[i].length === 0 || onlyMany(i) === many); i++)
      if (pending[i].length > 0) group.push(entries[i]);
    await around(group, () =>
      runMany(
        many,
        group.map((e) => e.envelope),
      ),
    );
  }
  return pending.map((handlers) => (handlers.length > 0 ? 'handled' : 'duplicate'));
}

/** The handlers of an already recorded event that have not run for it, now recorded as run. */
async function pendingHandlers(
  manager: EntityManager,
  consumer: string,
  { envelope, handlers }: InboxEntry,
): Promise<RegisteredHandler[]> {
  const [row] = (await manager.query(
    `SELECT handlers FROM inbox WHERE consumer = $1 AND event_id = $2 FOR UPDATE`,
    [consumer, envelope.id],
  )) as Array<{ handlers: string[] | null }>;
  const done = row.handlers;
  const pending = done === null ? [] : handlers.filter((h) => !done.includes(h.name));
  if (pending.length > 0)
    await manager.query(
      `UPDATE inbox SET handlers = handlers || $3::text[] WHERE consumer = $1 AND event_id = $2`,
      [consumer, envelope.id, pending.map((h) => h.name)],
    );
  return pending;
}

/** An event's handlers in order, in its context; its data was validated when the message was parsed. */
async function runHandlers(envelope: EventEnvelope, handlers: RegisteredHandler[]): Promise<void> {
  for (const handler of handlers) {
    if (handler.handleMany) await runMany(handler, [envelope]);
    else
      await requestContext.run({ correlationId: envelope.correlationId, causationId: envelope.id }, () =>
        handler.handle(envelope.data, envelope),
      );
  }
}

/** A `@HandleEvents` method with its events, where publishing is refused. */
async function runMany(handler: RegisteredHandler, envelopes: EventEnvelope[]): Promise<void> {
  await requestContext.run(
    { correlationId: envelopes[0].correlationId, publishingRefusedBy: handler.name },
    () => handler.handleMany!(envelopes.map((event) => ({ data: event.data, event }))),
  );
}
