import net from 'node:net';
import type { RunningService, ServiceDefinition, ServiceEnv } from '@sinergi/platform';
import { startTestService } from './service-harness';

/** A TCP port on which nothing listens: the service must report Kafka as down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The platform contract every service must keep: it boots against the real database and broker,
 * reports readiness truthfully, exposes metrics, and refuses calls without internal credentials.
 */
export function describeServiceHealth<E extends ServiceEnv>(definition: ServiceDefinition<E>): void {
  describe(`${definition.name} service health (real PostgreSQL and Kafka)`, () => {
    let service: RunningService;

    beforeAll(async () => {
      service = await startTestService(definition);
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('is live and ready with the database and Kafka up', async () => {
      const live = await fetch(`${service.url}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ status: 'up', service: definition.name });
      const ready = await fetch(`${service.url}/health/ready`);
      const body = (await ready.json()) as { dependencies: unknown };
      expect(ready.status).toBe(200);
      expect(body).toMatchObject({ status: 'ready', service: definition.name, failed: [] });
      expect(body.dependencies).toEqual([
        { name: 'database', up: true },
        { name: 'kafka', up: true },
      ]);
    });

    it('runs on Node.js 24 LTS or newer', async () => {
      const live = (await (await fetch(`${service.url}/health/live`)).json()) as { node: string };
      expect(live.node).toBe(process.versions.node);
      expect(Number(live.node.split('.')[0])).toBeGreaterThanOrEqual(24);
    });

    it('echoes the correlation id and serves Prometheus metrics', async () => {
      const response = await fetch(`${service.url}/metrics`, { headers: { 'x-correlation-id': 'corr-123' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-correlation-id')).toBe('corr-123');
      const text = await response.text();
      expect(text).toContain('http_request_duration_seconds');
      expect(text).toContain(`service="${definition.name}"`);
    });

    it('ran its migrations into its own schema', async () => {
      const { DataSource } = await import('typeorm');
      const dataSource = service.app.get(DataSource);
      const [{ schema }] = await dataSource.query('SELECT current_schema() AS schema');
      expect(schema).toBe(definition.name);
      const applied = await dataSource.query(`SELECT name FROM typeorm_migrations ORDER BY id`);
      expect(applied.length).toBe(definition.migrations.length);
    });

    it('cannot reach another service schema', async () => {
      const { DataSource } = await import('typeorm');
      const other = definition.name === 'budgeting' ? 'agreements' : 'budgeting';
      await expect(
        service.app.get(DataSource).query(`SELECT * FROM ${other}.outbox LIMIT 1`),
      ).rejects.toThrow(/permission denied/);
    });
  });

  describe(`${definition.name} readiness with Kafka unreachable`, () => {
    let service: RunningService;

    beforeAll(async () => {
      service = await startTestService(definition, { KAFKA_BROKERS: `127.0.0.1:${await closedPort()}` });
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('answers 503 naming kafka', async () => {
      const response = await fetch(`${service.url}/health/ready`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as {
        failed: string[];
        dependencies: Array<{ name: string; up: boolean }>;
      };
      expect(body.failed).toEqual(['kafka']);
      expect(body.dependencies.find((d) => d.name === 'database')?.up).toBe(true);
    });
  });
}
