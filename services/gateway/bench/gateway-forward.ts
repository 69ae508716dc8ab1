// G1: GET one agreement through the gateway against a raw fastify + undici proxy adding the same
// internal token, and the agreements service called directly, all in one run; M1: the memory of
// every service after it (the whole platform runs, and each service also serves reads for a while).
import {
  BENCH_SECONDS,
  type BenchProcess,
  interleavedBlocks,
  internalHeaders,
  load,
  type LoadResult,
  median,
  medianOfPairs,
  ms,
  pacedLoad,
  perSecond,
  ratioAgainst,
  REPO_ROOT,
  serviceTestEnv,
  startProcess,
  TEST_GATEWAY_SECRETS,
  TEST_INTERNAL_SIGNING_KEY,
  verdict,
} from '@sinergi/testing';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { draftMou } from '../src/demo/muaro-jambi-journey';
import { ApiSession } from '../src/demo/api-session';

/** Seconds between the last request and the memory reading: the services' quiet spell (30 s), and more. */
const SETTLE_SECONDS = 45;

/** Tokens signed for each second of the direct round: above what one service answers on this machine. */
const DIRECT_CALLS_PER_SECOND = 4000;

const dist = (service: string) => path.join(REPO_ROOT, 'services', service, 'dist/main.js');

/** What the services other than agreements need besides the test environment (as the platform tests give them). */
const SERVICE_SETTINGS: Record<string, Record<string, string>> = {
  rehabilitation: {
    NIK_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    NIK_HASH_KEY: 'bench-nik-hash-key-0123456789abcdef',
  },
  reintegration: {},
  budgeting: {},
  notifications: { WEBHOOK_SECRET_KEY: '5eed'.repeat(16) },
};

async function agreementToRead(gatewayUrl: string): Promise<string> {
  const admin = await ApiSession.login(
    gatewayUrl,
    TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
    TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
  );
  return draftMou(admin, 'MOU/BENCH/2026');
}

/**
 * Blocks of each side, interleaved: a round to warm up, then nine counted, each a quarter of
 * BENCH_SECONDS (2 s by default).
 */
const BLOCKS = 9;
const WARM_UP_ROUNDS = 1;
const BLOCK_SECONDS = Math.max(1, Math.round(BENCH_SECONDS / 4));

/** The latency is compared at this share of the raw proxy's throughput, the same load for both sides. */
const LATENCY_LOAD_SHARE = 0.5;

/** A block's result, with the CPU time per request of the processes that served it. */
type Block = LoadResult & { cpuUsPerRequest: number[] };

/**
 * One block of load (`run`), with the CPU time per request of the `serving` processes, which does
 * not depend on what else runs on the machine.
 */
const measured = (run: () => Promise<LoadResult>, serving: BenchProcess[]) => async (): Promise<Block> => {
  const before = serving.map((p) => p.cpuMs());
  const result = await run();
  const requests = result.requestsPerSecond * BLOCK_SECONDS;
  return {
    ...result,
    cpuUsPerRequest: serving.map((p, i) => ((p.cpuMs() - before[i]) * 1000) / requests),
  };
};

/** A process's resident memory: its own (heap, malloc, stacks) and the files it maps (the node binary). */
function residentSplit(pid: number): string {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
  const anonymous = kb('Anonymous');
  return `${(anonymous / 1024).toFixed(0)} MB anonymous, ${((kb('Rss') - anonymous) / 1024).toFixed(0)} MB file-backed`;
}

async function main() {
  const processes: BenchProcess[] = [];
  try {
    const agreements = await startProcess('agreements', dist('agreements'), serviceTestEnv('agreements'));
    processes.push(agreements);
    const others: Record<string, BenchProcess> = {};
    for (const [name, settings] of Object.entries(SERVICE_SETTINGS)) {
      others[name] = await startProcess(name, dist(name), serviceTestEnv(name, settings));
      processes.push(others[name]);
    }
    const gateway = await startProcess(
      'gateway',
      dist('gateway'),
      serviceTestEnv('gateway', {
        AGREEMENTS_URL: agreements.url,
        REHABILITATION_URL: others.rehabilitation.url,
        REINTEGRATION_URL: others.reintegration.url,
        BUDGETING_URL: others.budgeting.url,
        NOTIFICATIONS_URL: others.notifications.url,
        RATE_LIMIT_PER_MINUTE: '1000000000',
      }),
    );
    processes.push(gateway);
    const raw = await startProcess('raw proxy', path.join(__dirname, 'raw-proxy.ts'), {
      TARGET_URL: agreements.url,
      INTERNAL_SIGNING_KEY: TEST_INTERNAL_SIGNING_KEY,
    });
    processes.push(raw);

    const id = await agreementToRead(gateway.url);
    const token = (
      (await (
        await fetch(`${gateway.url}/api/v1/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
            clientSecret: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
          }),
        })
      ).json()) as { accessToken: string }
    ).accessToken;
    const bearer = { authorization: `Bearer ${token}` };
    // A token of its own for each call (one is good for one call within 30 s), signed before the
    // block: more than the service can answer.
    const direct = async () => {
      const call = { service: 'agreements', method: 'GET', path: `/agreements/${id}` };
      const tokens = await Promise.all(
        Array.from({ length: DIRECT_CALLS_PER_SECOND * BLOCK_SECONDS }, () => internalHeaders(call)),
      );
      let next = 0;
      return load(`${agreements.url}/agreements/${id}`, {
        nextRequest: () => ({ headers: tokens[next++] ?? {} }),
        seconds: BLOCK_SECONDS,
      });
    };

    console.log('G1 gateway forward: GET /api/v1/agreements/{id}');
    const viaRaw = `${raw.url}/api/v1/agreements/${id}`;
    const viaGateway = `${gateway.url}/api/v1/agreements/${id}`;
    // Short blocks of each side in turn, each side's block compared with the raw proxy's block just
    // before it, and the median of those comparisons taken: noise on a 2-core machine (a burst of
    // other work, a collection, a drift over the run) reaches neighbouring blocks alike, and a block
    // it reaches alone moves the median by one place.
    const [directBlocks, rawBlocks, gatewayBlocks] = await interleavedBlocks(
      [
        measured(direct, [agreements]),
        measured(() => load(viaRaw, { seconds: BLOCK_SECONDS }), [raw, agreements]),
        measured(() => load(viaGateway, { headers: bearer, seconds: BLOCK_SECONDS }), [gateway, agreements]),
      ],
      BLOCKS,
      WARM_UP_ROUNDS,
    );
    // Latency is compared at the same load on both sides, requests sent at an even pace: at full
    // load each side's latency is its connections divided by its own throughput, which the
    // throughput target already compares.
    const rate = Math.round(LATENCY_LOAD_SHARE * median(rawBlocks.map((b) => b.requestsPerSecond)));
    const paced = { rate, seconds: BLOCK_SECONDS };
    const [rawAtRate, gatewayAtRate] = await interleavedBlocks(
      [
        measured(() => pacedLoad(viaRaw, paced), [raw, agreements]),
        measured(() => pacedLoad(viaGateway, { ...paced, headers: bearer }), [gateway, agreements]),
      ],
      BLOCKS,
      WARM_UP_ROUNDS,
    );
    const failures = (blocks: Block[]) => blocks.reduce((sum, block) => sum + block.failures, 0);
    const failed = [gatewayBlocks, gatewayAtRate, rawBlocks, rawAtRate, directBlocks].map(failures);
    if (failed.some((count) => count > 0)) {
      throw new Error(
        `failed requests: gateway ${failed[0]} + ${failed[1]}, raw ${failed[2]} + ${failed[3]}, direct ${failed[4]}`,
      );
    }
    const ratio = medianOfPairs(
      gatewayBlocks,
      rawBlocks,
      (g, r) => g.requestsPerSecond / r.requestsPerSecond,
    );
    const added = medianOfPairs(gatewayAtRate, rawAtRate, (g, r) => g.p99Ms - r.p99Ms);
    /** A side's medians over its blocks. */
    const describe = (blocks: LoadResult[]) =>
      `${perSecond(median(blocks.map((b) => b.requestsPerSecond)))}, ` +
      `p50 ${ms(median(blocks.map((b) => b.p50Ms)))}, p99 ${ms(median(blocks.map((b) => b.p99Ms)))}`;
    const eachBlock = (blocks: Block[], value: (block: Block) => number) =>
      blocks.map((b) => value(b).toFixed(0)).join(', ');
    console.log(`  service directly: ${describe(directBlocks)}`);
    /** The median CPU time per request of a side's `process`-th serving process. */
    const cpu = (blocks: Block[], process: number) =>
      `${Math.round(median(blocks.map((b) => b.cpuUsPerRequest[process])))} µs`;
    console.log(
      `  CPU per request (median of the blocks): gateway ${cpu(gatewayBlocks, 0)}, raw proxy ${cpu(rawBlocks, 0)}; ` +
        `agreements ${cpu(gatewayBlocks, 1)} behind the gateway, ${cpu(rawBlocks, 1)} behind the raw proxy, ` +
        `${cpu(directBlocks, 0)} called directly`,
    );
    verdict({
      id: 'G1',
      what: `gateway forward, throughput (${BLOCK_SECONDS} s blocks at full load, the median of ${BLOCKS} pairs)`,
      measured: `${describe(gatewayBlocks)}; req/s by block ${eachBlock(gatewayBlocks, (b) => b.requestsPerSecond)}`,
      baseline: `${describe(rawBlocks)}; req/s by block ${eachBlock(rawBlocks, (b) => b.requestsPerSecond)}`,
      ratio: ratioAgainst(ratio, 0.9, 'at least'),
      pass: ratio >= 0.9,
    });
    verdict({
      id: 'G1',
      what: `gateway forward, p99 added (the same paced load on both sides, the median of ${BLOCKS} pairs)`,
      measured: `paced at ${perSecond(rate)}: ${describe(gatewayAtRate)}; p99 ms by block ${eachBlock(gatewayAtRate, (b) => b.p99Ms)}`,
      baseline: `paced at ${perSecond(rate)}: ${describe(rawAtRate)}; p99 ms by block ${eachBlock(rawAtRate, (b) => b.p99Ms)}`,
      ratio: `${added >= 0 ? '+' : ''}${ms(added)} (≤ 5 ms)`,
      pass: added <= 5,
    });
    // Every other service serves reads too before its memory is read: the agreement's overview
    // (agreements, rehabilitation, budgeting, reintegration) and the webhook list (notifications).
    const warm = await Promise.all([
      load(`${gateway.url}/api/v1/agreements/${id}/overview`, {
        headers: bearer,
        seconds: 3,
        connections: 4,
      }),
      load(`${gateway.url}/api/v1/webhooks`, { headers: bearer, seconds: 3, connections: 4 }),
    ]);
    // Only their memory is measured here; failures (timeouts on a loaded machine) are reported.
    console.log(
      `  reads before M1: overview ${describe([warm[0]])}, ${warm[0].failures} failed; ` +
        `webhooks ${describe([warm[1]])}, ${warm[1].failures} failed`,
    );
    // Memory at rest after the load: a service gives memory back after 30 quiet seconds
    // (reduceMemoryWhenIdle), so it is read a fixed SETTLE_SECONDS after the last request, as the
    // figures before and after show.
    const platform = { gateway, agreements, ...others };
    const resident = () =>
      Object.entries(platform)
        .map(([name, p]) => `${name} ${p.rssMb().toFixed(0)}`)
        .join(', ');
    console.log(`  RSS (MB) at the last request: ${resident()}`);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    console.log(`  RSS (MB) ${SETTLE_SECONDS} s later:`);
    for (const [name, process] of Object.entries(platform)) {
      const rss = process.rssMb();
      console.log(`  ${name}: ${rss.toFixed(0)} MB RSS, ${residentSplit(process.child.pid!)}`);
      verdict({
        id: 'M1',
        what: `${name} memory after load`,
        measured: `${rss.toFixed(0)} MB RSS ${SETTLE_SECONDS} s after the last request`,
        baseline: '150 MB',
        ratio: ratioAgainst(rss / 150, 1, 'at most', '× of the budget'),
        pass: rss <= 150,
      });
    }
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
