import { TEST_INTERNAL_SIGNING_KEY } from '@sinergi/testing';
import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayEnv } from '../config/gateway-env';
import { ServiceAnswer, ServiceClient, ServiceUnavailableError } from './service-client';

const TIMEOUT_MS = 400;
/** What a call may take past its deadline: the deadline's tick and a loaded machine's timers. */
const LATE_MS = 600;
const BODY = JSON.stringify({ name: 'Lapas Kelas IIA Jambi — pembinaan kemandirian’' });

describe('ServiceClient against a service that does not answer', () => {
  const held: ServerResponse[] = [];
  let received = 0;
  const server = createServer((request, response) => {
    received += 1;
    if (request.url === '/hang') held.push(response);
    else response.writeHead(200, { 'content-type': 'application/json' }).end(BODY);
  });
  let client: ServiceClient;

  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = new ServiceClient({
      AGREEMENTS_URL: url,
      REHABILITATION_URL: url,
      REINTEGRATION_URL: url,
      BUDGETING_URL: url,
      NOTIFICATIONS_URL: url,
      INTERNAL_SIGNING_KEY: TEST_INTERNAL_SIGNING_KEY,
      SERVICE_TIMEOUT_MS: TIMEOUT_MS,
    } as GatewayEnv);
    await client.onModuleInit();
  });
  afterAll(async () => {
    for (const response of held) response.destroy();
    await client.onModuleDestroy();
    server.close();
  });

  it('ends every call at its deadline, those still waiting for a pooled connection too', async () => {
    const started = Date.now();
    // One more call than the pool's 32 connections: the last one never leaves the pool's queue.
    const outcomes = await Promise.all(
      Array.from({ length: 33 }, () =>
        client.call('agreements', 'GET', '/hang').then(
          () => 'answered',
          (error: unknown) =>
            error instanceof ServiceUnavailableError && error.timedOut ? 'timed out' : String(error),
        ),
      ),
    );
    const elapsed = Date.now() - started;
    expect(outcomes).toEqual(Array.from({ length: 33 }, () => 'timed out'));
    expect(received).toBe(32);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + LATE_MS);
  });

  it('gives a call started after a deadline passed a deadline of its own', async () => {
    const answer = await client.call('agreements', 'GET', '/ok');
    expect(answer).toBeInstanceOf(ServiceAnswer);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(Buffer.from(BODY))).toBe(true);
    expect(answer.body).toBe(BODY);
  });
});
