// Outbox relay throughput: batches of the relay's own size (DEFAULT_MESSAGING.relay.batchSize rows
// per Kafka request) against one row per request (the baseline), on the real PostgreSQL and Kafka,
// in the same run. Prints events/s and the ratio.
import { DataSource } from 'typeorm';
import { DEFAULT_MESSAGING } from '../src';
import { relayOverBacklog } from './backlog';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);

async function drainRate(batchSize: number): Promise<number> {
  const { relay, committedAt, stop } = await relayOverBacklog(EVENTS, { batchSize, pollIntervalMs: 50 });
  try {
    const db = relay.app.get(DataSource);
    for (;;) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox_pending`);
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return EVENTS / ((Date.now() - committedAt) / 1000);
  } finally {
    await stop();
  }
}

async function main() {
  const baseline = await drainRate(1);
  const { batchSize } = DEFAULT_MESSAGING.relay;
  const batched = await drainRate(batchSize);
  console.log(`outbox relay, ${EVENTS} events over 50 aggregates`);
  console.log(`  baseline (1 row per request):  ${baseline.toFixed(0)} events/s`);
  console.log(`  batched (${batchSize} rows per request): ${batched.toFixed(0)} events/s`);
  console.log(`  ratio batched/baseline: ${(batched / baseline).toFixed(1)}x`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
