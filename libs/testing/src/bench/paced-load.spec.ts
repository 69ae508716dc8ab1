import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { median, pacedLoad } from './bench-kit';

/** A local HTTP server answering each request after `delayMs`, with the status the path names (`/200`). */
async function answering(delayMs: number): Promise<{ url: string; server: Server; arrivals: number[] }> {
  const arrivals: number[] = [];
  const server = createServer((request, response) => {
    arrivals.push(performance.now());
    const status = Number(request.url!.slice(1));
    setTimeout(
      () => response.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status}`),
      delayMs,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, arrivals };
}

describe('pacedLoad: open-loop HTTP load at an even pace', () => {
  let target: Awaited<ReturnType<typeof answering>>;
  afterEach(() => new Promise((resolve) => target.server.close(resolve)));

  it('sends rate × seconds requests, never ahead of the pace, and times each from when it was due', async () => {
    target = await answering(20);
    const start = performance.now();
    const result = await pacedLoad(`${target.url}/200`, { rate: 100, seconds: 1, connections: 4 });
    expect(target.arrivals).toHaveLength(100);
    expect(result.failures).toBe(0);
    // Never ahead of the pace: request k is due k × 10 ms after the start, so by then at most k + 1
    // have gone out. A busy machine can only delay requests, so this holds however loaded it is,
    // and a burst (all of them in the first milliseconds) breaks it from the second request on.
    const aheadOfPace = target.arrivals.filter((at, k) => at < start + k * 10);
    expect(aheadOfPace).toEqual([]);
    expect(target.arrivals[99] - start).toBeGreaterThanOrEqual(990);
    // 20 ms at the server, and never less. Timed from the start of the load instead of from each
    // request's due time, the median would be the requests' median time since the start (about
    // 500 ms plus the 20 ms); due times half a second apart on average keep the two far apart.
    expect(result.p50Ms).toBeGreaterThanOrEqual(20);
    const sinceStart = median(target.arrivals.map((at) => at - start + 20));
    expect(result.p50Ms).toBeLessThan(sinceStart - 250);
  });

  it('counts the wait for a busy connection in the latency', async () => {
    target = await answering(50);
    // One connection, a request every 10 ms, each answered in 50 ms: the queue grows by 4 a tick.
    const result = await pacedLoad(`${target.url}/200`, { rate: 100, seconds: 0.5, connections: 1 });
    expect(result.failures).toBe(0);
    expect(result.p99Ms).toBeGreaterThan(1000);
  });

  it('counts answers other than 2xx as failures and keeps the first of them', async () => {
    target = await answering(0);
    const result = await pacedLoad(`${target.url}/503`, { rate: 50, seconds: 0.2, connections: 2 });
    expect(result.failures).toBe(10);
    expect(result.unanswered).toBe(0);
    expect(result.failed[0]).toEqual({ status: 503, body: 'status 503' });
    expect(result.failed).toHaveLength(5);
  });
});

describe('pacedLoad in a thread of its own', () => {
  it('a caller busy for 800 ms delays none of its requests', async () => {
    // The server in a process of its own, so that only the load's caller is busy.
    const server = spawn(process.execPath, [
      '-e',
      // The port as plain text: console.log would colour a number when FORCE_COLOR is set (nx sets it).
      "require('http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port)) })",
    ]);
    try {
      const [port] = (await once(server.stdout, 'data')) as [Buffer];
      const running = pacedLoad(`http://127.0.0.1:${String(port)}/`, {
        rate: 100,
        seconds: 1,
        connections: 4,
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Requests due while the caller is busy would wait for it, half of them 300 ms or more.
      for (const until = performance.now() + 800; performance.now() < until;);
      const result = await running;
      expect(result.failures).toBe(0);
      expect(result.p50Ms).toBeLessThan(100);
    } finally {
      server.kill();
    }
  });

  it('fails a load it cannot run with the reason, and runs the next one', async () => {
    await expect(pacedLoad('not a url', { rate: 10, seconds: 0.1 })).rejects.toThrow(
      'paced load: Invalid URL',
    );
    let arrivals = 0;
    const server = createServer((request, response) => response.end(`${++arrivals}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const result = await pacedLoad(`http://127.0.0.1:${port}/`, { rate: 20, seconds: 0.5, connections: 2 });
      expect(result.failures).toBe(0);
      expect(arrivals).toBe(10);
    } finally {
      server.close();
    }
  });
});
