import { ReadinessService, type RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { gatewayService } from '../src/service';

/**
 * The gateway's public port (the platform's entry point) serves neither /metrics nor /health/live,
 * and its readiness answer is the status alone, never an address or an error text; the management
 * port (never published) has the full answers (real gateway and PostgreSQL).
 */
describe('operations endpoints stay off the public entry point', () => {
  let gateway: RunningService;
  const ADDRESS = '10.20.30.40:5432';

  beforeAll(async () => {
    gateway = await startTestService(gatewayService);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('answers 404 for /metrics and /health/live on the public port; a browser gets no metrics either', async () => {
    for (const path of ['/metrics', '/health/live', '/health', '/metrics/']) {
      for (const accept of ['application/json', '*/*']) {
        const response = await fetch(`${gateway.url}${path}`, { headers: { accept } });
        expect({ path, accept, status: response.status }).toEqual({ path, accept, status: 404 });
        expect(await response.text()).not.toContain('sinergi_');
      }
      // A browser's request falls to the web console (a page, or 503 where it is not built).
      const page = await fetch(`${gateway.url}${path}`, { headers: { accept: 'text/html' } });
      const text = await page.text();
      expect(text).not.toContain('sinergi_');
      expect(text).not.toContain('# TYPE');
    }
    const metrics = await fetch(`${gateway.managementUrl}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toContain('# TYPE sinergi_http_request_duration_seconds histogram');
    expect(text).toContain('service="gateway"');
  });

  it('answers readiness with the status alone, also when a dependency fails with an address in its error', async () => {
    const ready = await fetch(`${gateway.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.text()).toBe('{"status":"ready"}');

    gateway.app.get(ReadinessService).addDependency({
      name: 'replica',
      required: true,
      check: async () => {
        throw new Error(`connect ECONNREFUSED ${ADDRESS}`);
      },
    });
    const notReady = await fetch(`${gateway.url}/health/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.text()).toBe('{"status":"not-ready"}');

    // The management port keeps the detail for operators.
    const detailed = await fetch(`${gateway.managementUrl}/health/ready`);
    expect(detailed.status).toBe(503);
    expect(await detailed.json()).toMatchObject({
      status: 'not-ready',
      failed: ['replica'],
      dependencies: [
        { name: 'database', up: true, state: 'up' },
        { name: 'replica', up: false, state: 'down', error: `connect ECONNREFUSED ${ADDRESS}` },
      ],
    });
  });
});
