import Fastify from 'fastify';
import { metricsRegistry } from '../metrics/metrics';
import { degradedParts, failedParts } from './health.controller';
import type { ReadinessService } from './readiness';

export interface ManagementServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The management port (MANAGEMENT_PORT): /health/live, /health/ready with every dependency's state
 * and error and every consumer's reason, and /metrics. It is for probes and Prometheus only: docker-
 * compose does not publish it and the k8s public Service does not route to it (docs/OPERATIONS.md).
 */
export async function startManagementServer(options: {
  serviceName: string;
  version: string;
  readiness: ReadinessService;
  host: string;
  port: number;
}): Promise<ManagementServer> {
  const { serviceName: service, version, readiness } = options;
  const server = Fastify({ logger: false });
  server.get('/health/live', async () => ({ status: 'up', service, version, node: process.versions.node }));
  server.get('/health/ready', async (_request, reply) => {
    const state = await readiness.check();
    void reply.status(state.ready ? 200 : 503);
    return {
      status: state.ready ? 'ready' : 'not-ready',
      service,
      version,
      failed: failedParts(state),
      degraded: degradedParts(state),
      dependencies: state.dependencies,
      consumers: state.consumers,
    };
  });
  server.get('/metrics', async (_request, reply) => {
    void reply.header('content-type', metricsRegistry.contentType);
    return metricsRegistry.metrics();
  });
  await server.listen({ host: options.host, port: options.port });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${options.host}:${port}`, close: () => server.close() };
}
