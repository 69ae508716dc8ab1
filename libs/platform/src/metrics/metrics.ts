import { collectDefaultMetrics, Histogram, register } from 'prom-client';

let defaultsCollected = false;

/** Process-wide Prometheus registry; libraries add their own metrics to it. */
export function initMetrics(serviceName: string) {
  if (!defaultsCollected) {
    register.setDefaultLabels({ service: serviceName });
    collectDefaultMetrics({ register });
    defaultsCollected = true;
  }
}

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by route and status code',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export { register as metricsRegistry };
