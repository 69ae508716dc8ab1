import { Counter, Gauge } from 'prom-client';

/** Messaging metrics, registered once per process in the default Prometheus registry. */
export const MessagingMetrics = {
  published: new Counter({
    name: 'sinergi_events_published_total',
    help: 'Events published from the outbox',
    labelNames: ['type'],
  }),
  handled: new Counter({
    name: 'sinergi_events_handled_total',
    help: 'Events handled by a consumer (duplicates skipped by the inbox are counted with outcome=duplicate)',
    labelNames: ['type', 'outcome'],
  }),
  ignored: new Counter({
    name: 'sinergi_events_ignored_total',
    help: 'Events on a subscribed topic that no handler of this service takes (offset committed; see npm run replay)',
    labelNames: ['type'],
  }),
  retried: new Counter({
    name: 'sinergi_events_retried_total',
    help: 'Events moved to a retry topic',
    labelNames: ['type'],
  }),
  deadLettered: new Counter({
    name: 'sinergi_events_dead_lettered_total',
    help: 'Events moved to a dead-letter topic',
    labelNames: ['type'],
  }),
  consumerLag: new Gauge({
    name: 'sinergi_consumer_lag_messages',
    help: 'Messages behind the partition end',
    labelNames: ['topic', 'partition'],
  }),
  consumerStates: new Gauge({
    name: 'sinergi_consumer_state',
    help: 'State of the event consumer: 1 for its current state (joining, joined or stopped), 0 for the others',
    labelNames: ['consumer', 'state'],
  }),
  consumerState(consumer: string, state: 'joining' | 'joined' | 'stopped') {
    for (const s of ['joining', 'joined', 'stopped'])
      MessagingMetrics.consumerStates.set({ consumer, state: s }, s === state ? 1 : 0);
  },
  outboxBacklog: new Gauge({ name: 'sinergi_outbox_backlog_events', help: 'Unpublished outbox rows' }),
  outboxOldestAge: new Gauge({
    name: 'sinergi_outbox_oldest_unpublished_age_seconds',
    help: 'Age of the oldest unpublished outbox row',
  }),
};

/**
 * How many of `items` share each key: a batch of events is counted once per event type, not once
 * per event (prom-client hashes the labels on every increment).
 */
export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
