// Outbox relay throughput: batches of 200 rows per Kafka request against one row per request
// (the baseline), on the real PostgreSQL and Kafka, in the same run. Prints events/s and the ratio.
import { startService } from '@sinergi/platform';
import { serviceTestEnv } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { producerService } from '../test/probe-services';
import { writeBacklog } from './backlog';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);

async function drainRate(batchSize: number): Promise<number> {
  // The relay is disabled while the backlog is written, then started and timed until it drains.
  const service = await startService(
    producerService({ relay: { enabled: false } }),
    serviceTestEnv('rehabilitation'),
  );
  await writeBacklog(service, EVENTS);
  await service.stop();
  const relay = await startService(
    producerService({ relay: { batchSize, pollIntervalMs: 50 } }),
    serviceTestEnv('rehabilitation'),
  );
  const started = Date.now();
  const db = relay.app.get(DataSource);
  for (;;) {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
    if (n === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (Date.now() - started) / 1000;
  await relay.stop();
  return EVENTS / seconds;
}

async function main() {
  const baseline = await drainRate(1);
  const batched = await drainRate(200);
  console.log(`outbox relay, ${EVENTS} events over 50 aggregates`);
  console.log(`  baseline (1 row per request):  ${baseline.toFixed(0)} events/s`);
  console.log(`  batched (200 rows per request): ${batched.toFixed(0)} events/s`);
  console.log(`  ratio batched/baseline: ${(batched / baseline).toFixed(1)}x`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
