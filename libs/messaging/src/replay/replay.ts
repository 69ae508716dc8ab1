import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { contractOf, InvalidEventError, parseEnvelope, type EventEnvelope } from '@sinergi/contracts';
import type { Admin } from 'kafkajs';
import { EventHandlers } from '../consumer/event-handlers';
import { applyOnce } from '../consumer/inbox';
import { createKafka, physicalTopic, serviceConnection } from '../kafka-client';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { Transactions } from '../transactions/transactions';

/** Where a replay starts on every partition of the handler's topic. */
export type ReplayFrom = { time: Date } | { offset: bigint };

export interface ReplayOptions {
  /** `Class.method`, as the event catalogue and the start-up checks name handlers. */
  handler: string;
  from: ReplayFrom;
  log?: (message: string) => void;
  /** Milliseconds between progress lines (default 2 s). */
  progressEveryMs?: number;
}

export interface ReplayResult {
  /** Messages read from the topic in the replayed range. */
  read: number;
  /** Events of the handler's type given to the handler now. */
  applied: number;
  /** Events of the handler's type the inbox shows it has already handled. */
  alreadyApplied: number;
}

/** A replay that cannot run as asked (unknown handler, offset outside retention, …). */
export class ReplayError extends Error {}

/** Parses `--from`: an ISO 8601 time with a date (e.g. 2026-11-01T00:00:00Z) or a whole offset. */
export function parseReplayFrom(value: string): ReplayFrom {
  if (/^\d+$/.test(value)) return { offset: BigInt(value) };
  const time = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time.getTime()))
    throw new ReplayError(`--from ${value} is neither an ISO 8601 time (2026-11-01T00:00:00Z) nor an offset`);
  if (time.getTime() > Date.now()) throw new ReplayError(`--from ${value} is in the future`);
  return { time };
}

interface Range {
  partition: number;
  start: bigint;
  /** Exclusive: the partition's end when the replay started. */
  end: bigint;
}

/**
 * Gives one handler of a service the past events of its type still in Kafka, through the inbox:
 * an event the handler has already handled (live or by an earlier replay) is skipped, and the
 * service's other handlers never run again. Reads with a group of its own, from `from` up to each
 * partition's end at the start of the replay; events arriving later reach the running service.
 * Stops at the first event the handler fails on (what was applied stays applied; run it again).
 */
export async function replay(app: INestApplicationContext, options: ReplayOptions): Promise<ReplayResult> {
  const messaging = app.get<MessagingOptions>(MESSAGING_OPTIONS);
  const handlers = app.get(EventHandlers, { strict: false });
  const transactions = app.get(Transactions, { strict: false });
  const service = messaging.serviceName;
  const log = options.log ?? (() => undefined);

  const handler = handlers.all().find((h) => h.name === options.handler);
  if (!handler) {
    const known = handlers
      .all()
      .map((h) => h.name)
      .sort();
    throw new ReplayError(
      `${service} has no handler ${options.handler}; its handlers are: ${known.join(', ') || '(none)'}`,
    );
  }
  const { type, version, topic } = contractOf(handler.eventClass);
  const physical = physicalTopic(messaging, topic);
  const kafka = createKafka(serviceConnection(messaging, `${service}-replay`));

  const admin = kafka.admin();
  await admin.connect();
  let ranges: Range[];
  try {
    ranges = await replayRanges(admin, physical, options.from, log);
  } finally {
    await admin.disconnect();
  }
  const total = ranges.reduce((sum, r) => sum + (r.end - r.start), 0n);
  log(
    `replaying ${type} v${version} from ${topic} to ${service} ${handler.name}: ` +
      `${total} message(s) on ${ranges.length} partition(s) (${ranges
        .map((r) => `${r.partition}: ${r.start}..${r.end - 1n}`)
        .join(', ')})`,
  );
  const result: ReplayResult = { read: 0, applied: 0, alreadyApplied: 0 };
  if (ranges.length === 0) return result;

  const reader = kafka.consumer({
    groupId: physicalTopic(messaging, `${service}.replay.${randomUUID()}`),
    maxWaitTimeInMs: 100,
    allowAutoTopicCreation: false,
  });
  const remaining = new Map(ranges.map((r) => [r.partition, r]));
  let lastProgress = Date.now();
  let failed = false;
  await reader.connect();
  try {
    await reader.subscribe({ topics: [physical], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      reader
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const range = remaining.get(partition);
            const offset = BigInt(message.offset);
            if (failed || !range || offset < range.start || offset >= range.end) return;
            result.read++;
            let envelope: EventEnvelope | undefined;
            try {
              envelope = parseEnvelope(message.value).envelope;
            } catch (error) {
              if (!(error instanceof InvalidEventError)) throw error;
              log(`skipped an invalid message at ${topic}[${partition}]@${offset}: ${error.message}`);
            }
            if (envelope && envelope.type === type && envelope.version === version) {
              const event = envelope;
              const source = { topic, partition, offset: message.offset };
              const outcome = await transactions
                .run((manager) => applyOnce(manager, service, event, [handler], source))
                .catch((error: unknown) => {
                  failed = true;
                  reject(
                    new ReplayError(
                      `${handler.name} failed on ${type} ${event.id} at ${topic}[${partition}]@${offset}: ` +
                        `${(error as Error).message}; ${result.applied} event(s) were applied before it, ` +
                        'fix the cause and run the replay again',
                    ),
                  );
                  return 'failed' as const;
                });
              if (outcome === 'failed') return;
              if (outcome === 'handled') result.applied++;
              else result.alreadyApplied++;
            }
            if (offset >= range.end - 1n) remaining.delete(partition);
            if (Date.now() - lastProgress >= (options.progressEveryMs ?? 2_000)) {
              lastProgress = Date.now();
              log(progress(result, total));
            }
            if (remaining.size === 0) resolve();
          },
        })
        .then(() => {
          for (const r of ranges)
            reader.seek({ topic: physical, partition: r.partition, offset: String(r.start) });
        })
        .catch(reject);
    });
  } finally {
    await reader.disconnect();
  }
  log(`${progress(result, total)}: done`);
  return result;
}

const progress = (r: ReplayResult, total: bigint) =>
  `${r.read}/${total} message(s) read, ${r.applied} applied, ${r.alreadyApplied} already applied`;

/** Per partition: the first offset to replay and the end when the replay starts (empty ones left out). */
async function replayRanges(
  admin: Admin,
  topic: string,
  from: ReplayFrom,
  log: (message: string) => void,
): Promise<Range[]> {
  const bounds = await admin.fetchTopicOffsets(topic).catch((error: Error) => {
    throw new ReplayError(
      `cannot read the offsets of topic ${topic} (npm run topics creates missing topics): ${error.message}`,
    );
  });
  const starts = new Map<number, bigint>();
  if ('time' in from) {
    for (const p of await admin.fetchTopicOffsetsByTimestamp(topic, from.time.getTime())) {
      starts.set(p.partition, BigInt(p.offset));
    }
  }
  const ranges: Range[] = [];
  for (const { partition, low, high } of bounds.sort((a, b) => a.partition - b.partition)) {
    const oldest = BigInt(low);
    const end = BigInt(high);
    let start: bigint;
    if ('offset' in from) {
      if (from.offset < oldest)
        throw new ReplayError(
          `offset ${from.offset} on ${topic}[${partition}] is no longer in Kafka: retention has removed ` +
            `everything before offset ${oldest}; replay from ${oldest} or from a time`,
        );
      start = from.offset;
    } else {
      // A time later than the last message gives -1 (nothing to replay on that partition).
      const found = starts.get(partition) ?? -1n;
      start = found < 0n ? end : found;
      if (start === oldest && oldest > 0n)
        log(
          `note: ${topic}[${partition}] starts at offset ${oldest}: older events were removed by retention ` +
            `and cannot be replayed`,
        );
    }
    if (start < end) ranges.push({ partition, start, end });
  }
  return ranges;
}
