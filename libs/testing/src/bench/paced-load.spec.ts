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

  it('sends rate × seconds requests spread evenly, not in bursts, and times each from when it was due', async () => {
    target = await answering(20);
    const result = await pacedLoad(`${target.url}/200`, { rate: 100, seconds: 1, connections: 4 });
    expect(target.arrivals).toHaveLength(100);
    expect(result.failures).toBe(0);
    // Spread over the second at a 10 ms pace: a burst would put them all in its first milliseconds.
    const gaps = target.arrivals.slice(1).map((at, i) => at - target.arrivals[i]);
    expect(median(gaps)).toBeGreaterThan(8);
    expect(median(gaps)).toBeLessThan(12);
    expect(target.arrivals[99] - target.arrivals[0]).toBeGreaterThan(900);
    // 20 ms at the server, and never less.
    expect(result.p50Ms).toBeGreaterThanOrEqual(20);
    expect(result.p50Ms).toBeLessThan(60);
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
