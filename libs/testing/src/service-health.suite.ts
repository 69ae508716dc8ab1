import net from 'node:net';
import { Subscriptions } from '@sinergi/contracts';
import type { RunningService, ServiceDefinition, ServiceEnv } from '@sinergi/platform';
import { eventually } from './event-probe';
import { internalHeaders, startTestService } from './service-harness';

/** A TCP port on which nothing listens: the service must report Kafka as down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The body of `GET /health/ready`. */
export interface ReadyBody {
  status: string;
  failed: string[];
  degraded: string[];
  dependencies: Array<{ name: string; up: boolean; state: string; error?: string }>;
  consumers: Array<{ name: string; state: string; ready: boolean; reason?: string }>;
}

/** A service's readiness answer: status code and body. */
export const readiness = async (url: string) => {
  const response = await fetch(`${url}/health/ready`);
  return { status: response.status, body: (await response.json()) as ReadyBody };
};

/** The readiness answer of a service's own port: the gateway's (the public entry point) is the status alone. */
const publicReadiness = <E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  status: string,
  degraded: string[],
) =>
  definition.publicApi
    ? { status }
    : { status, service: definition.name, version: definition.version, failed: [], degraded };

/**
 * The platform contract every service must keep: it boots against the real database and broker,
 * reports readiness truthfully, exposes metrics, and refuses calls without internal credentials.
 * `kafka: false` for a service that does not use Kafka (the gateway): its readiness never names it.
 */
export function describeServiceHealth<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  { kafka = true }: { kafka?: boolean } = {},
): void {
  const consumes = kafka && (Subscriptions as Record<string, readonly string[]>)[definition.name]?.length > 0;
  describe(`${definition.name} service health (real PostgreSQL and Kafka)`, () => {
    let service: RunningService;

    beforeAll(async () => {
      service = await startTestService(definition);
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('is live and ready with the database and Kafka up', async () => {
      const live = await fetch(`${service.managementUrl}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ status: 'up', service: definition.name });
      const { status, body } = await readiness(service.managementUrl);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ready', service: definition.name, failed: [], degraded: [] });
      expect(body.dependencies).toEqual([
        { name: 'database', up: true, state: 'up' },
        ...(kafka ? [{ name: 'kafka', up: true, state: 'up' }] : []),
      ]);
      expect(body.consumers).toEqual(
        consumes ? [{ name: definition.name, state: 'joined', ready: true }] : [],
      );
    });

    it('runs on Node.js 24 LTS or newer', async () => {
      const live = (await (await fetch(`${service.managementUrl}/health/live`)).json()) as { node: string };
      expect(live.node).toBe(process.versions.node);
      expect(Number(live.node.split('.')[0])).toBeGreaterThanOrEqual(24);
    });

    it('serves Prometheus metrics on its management port', async () => {
      const response = await fetch(`${service.managementUrl}/metrics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain('sinergi_http_request_duration_seconds');
      expect(text).toMatch(/^sinergi_ready\{service="[a-z]+"\} 1$/m);
      expect(text).toContain(`service="${definition.name}"`);
    });

    it('keeps /metrics and /health/live off its own port, which answers readiness with names only', async () => {
      for (const path of ['/metrics', '/health/live']) {
        const response = await fetch(`${service.url}${path}`, {
          headers: await internalHeaders({ service: definition.name, method: 'GET', path }),
        });
        expect([path, response.status]).toEqual([path, 404]);
        await response.body?.cancel();
      }
      const response = await fetch(`${service.url}/health/ready`, {
        headers: { 'x-correlation-id': 'corr-123' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-correlation-id')).toBe('corr-123');
      expect(await response.json()).toEqual(publicReadiness(definition, 'ready', []));
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

  describe(`${definition.name} with Kafka unreachable`, () => {
    let service: RunningService;

    beforeAll(async () => {
      service = await startTestService(
        definition,
        { KAFKA_BROKERS: `127.0.0.1:${await closedPort()}` },
        { awaitConsumer: false },
      );
    });
    afterAll(async () => {
      await service?.stop();
    });

    it(
      kafka
        ? 'stays ready and live, reporting Kafka degraded in its readiness and its metrics'
        : 'stays ready and live: its readiness does not depend on Kafka',
      async () => {
        const { status, body } = await eventually(
          () => readiness(service.managementUrl),
          (r) => !consumes || r.body.consumers[0]?.state === 'stopped',
          30_000,
        );
        expect(status).toBe(200);
        expect(body.status).toBe('ready');
        expect(body.failed).toEqual([]);
        expect(body.degraded).toEqual(kafka ? ['kafka'] : []);
        expect(body.dependencies.map((d) => [d.name, d.state])).toEqual([
          ['database', 'up'],
          ...(kafka ? [['kafka', 'degraded']] : []),
        ]);
        if (consumes) {
          expect(body.consumers).toEqual([
            {
              name: definition.name,
              state: 'stopped',
              ready: true,
              reason: expect.stringMatching(/^broker unreachable: /),
            },
          ]);
        }
        // The service's own port names what is degraded, never an address or an error text.
        const publicAnswer = await (await fetch(`${service.url}/health/ready`)).text();
        expect(JSON.parse(publicAnswer)).toEqual(
          publicReadiness(definition, 'ready', kafka ? ['kafka'] : []),
        );
        expect(publicAnswer).not.toMatch(/\d+\.\d+\.\d+\.\d+|:\d{2,5}\b|ECONNREFUSED|unreachable/);
        expect((await fetch(`${service.managementUrl}/health/live`)).status).toBe(200);
        const metrics = await (await fetch(`${service.managementUrl}/metrics`)).text();
        expect(metrics).toMatch(/^sinergi_ready\{service="[a-z]+"\} 1$/m);
        if (kafka) {
          expect(metrics).toMatch(
            /^sinergi_dependency_state\{dependency="kafka",state="degraded",service="[a-z]+"\} 1$/m,
          );
        }
      },
      45_000,
    );
  });
}
