// G1: GET one agreement through the gateway against a raw fastify + undici proxy adding the same
// internal token, and the agreements service called directly, all in one run; M1: the memory of
// every service after it (the whole platform runs, and each service also serves reads for a while).
import {
  BENCH_SECONDS,
  type BenchProcess,
  bestOfTwoRounds,
  internalHeaders,
  load,
  type LoadOptions,
  type LoadResult,
  ms,
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

/** A round's result, with the CPU time per request of the processes that served it. */
type Round = LoadResult & { cpuUsPerRequest: number[] };

/**
 * One round of `url` (`options` asked before it: an internal token is good for one call within
 * 30 s), with the CPU time per request of the `serving` processes, which does not depend on what
 * else runs on the machine.
 */
const measured =
  (
    url: string,
    options: () => Promise<Pick<LoadOptions, 'headers' | 'nextRequest'>>,
    serving: BenchProcess[],
  ) =>
  async (): Promise<Round> => {
    const before = serving.map((p) => p.cpuMs());
    const result = await load(url, await options());
    const requests = result.requestsPerSecond * BENCH_SECONDS;
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
    // A token of its own for each call, signed before the round: more than the service can answer.
    const internal = async () => {
      const call = { service: 'agreements', method: 'GET', path: `/agreements/${id}` };
      const tokens = await Promise.all(
        Array.from({ length: DIRECT_CALLS_PER_SECOND * BENCH_SECONDS }, () => internalHeaders(call)),
      );
      let next = 0;
      return { nextRequest: () => ({ headers: tokens[next++] ?? {} }) };
    };

    console.log('G1 gateway forward: GET /api/v1/agreements/{id}');
    await load(`${gateway.url}/api/v1/agreements/${id}`, { headers: bearer, seconds: 2 }); // warm-up
    await load(`${raw.url}/api/v1/agreements/${id}`, { seconds: 2 });
    // Two rounds of each, interleaved, the better of each: a burst of noise on a 2-core machine, or
    // a drift over the run, hits no side alone.
    const [direct, rawResult, gatewayResult] = await bestOfTwoRounds([
      measured(`${agreements.url}/agreements/${id}`, internal, [agreements]),
      measured(`${raw.url}/api/v1/agreements/${id}`, async () => ({}), [raw, agreements]),
      measured(`${gateway.url}/api/v1/agreements/${id}`, async () => ({ headers: bearer }), [
        gateway,
        agreements,
      ]),
    ]);
    if (gatewayResult.failures + rawResult.failures + direct.failures > 0) {
      throw new Error(
        `failed requests: gateway ${gatewayResult.failures}, raw ${rawResult.failures}, direct ${direct.failures}`,
      );
    }
    const ratio = gatewayResult.requestsPerSecond / rawResult.requestsPerSecond;
    const added = gatewayResult.lowerP99Ms - rawResult.lowerP99Ms;
    const describe = (r: LoadResult) =>
      `${perSecond(r.requestsPerSecond)}, p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}`;
    console.log(`  service directly: ${describe(direct)}`);
    const us = (value: number) => `${Math.round(value)} µs`;
    console.log(
      `  CPU per request: gateway ${us(gatewayResult.cpuUsPerRequest[0])}, raw proxy ${us(rawResult.cpuUsPerRequest[0])}; ` +
        `agreements ${us(gatewayResult.cpuUsPerRequest[1])} behind the gateway, ${us(rawResult.cpuUsPerRequest[1])} ` +
        `behind the raw proxy, ${us(direct.cpuUsPerRequest[0])} called directly`,
    );
    verdict({
      id: 'G1',
      what: 'gateway forward, throughput',
      measured: describe(gatewayResult),
      baseline: describe(rawResult),
      ratio: ratioAgainst(ratio, 0.9, 'at least'),
      pass: ratio >= 0.9,
    });
    verdict({
      id: 'G1',
      what: 'gateway forward, p99 added',
      measured: `p99 ${ms(gatewayResult.lowerP99Ms)} (rounds: ${gatewayResult.roundP99Ms.map(ms).join(', ')})`,
      baseline: `p99 ${ms(rawResult.lowerP99Ms)} (rounds: ${rawResult.roundP99Ms.map(ms).join(', ')})`,
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
      `  reads before M1: overview ${describe(warm[0])}, ${warm[0].failures} failed; ` +
        `webhooks ${describe(warm[1])}, ${warm[1].failures} failed`,
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
