import { collectDefaultMetrics, Gauge, Histogram, register } from 'prom-client';

let defaultsCollected = false;

/** Process-wide Prometheus registry; libraries add their own metrics to it. */
export function initMetrics(serviceName: string) {
  if (!defaultsCollected) {
    register.setDefaultLabels({ service: serviceName });
    collectDefaultMetrics({ register, prefix: 'sinergi_' });
    defaultsCollected = true;
  }
}

export const httpRequestDuration = new Histogram({
  name: 'sinergi_http_request_duration_seconds',
  help: "HTTP request duration by route template, status code and the caller's agency",
  labelNames: ['method', 'route', 'status', 'agency'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export { register as metricsRegistry };

const DEPENDENCY_STATES = ['up', 'degraded', 'down'] as const;
const dependencyState = new Gauge({
  name: 'sinergi_dependency_state',
  help: 'State of each dependency of the service: 1 for its current state (up, degraded or down), 0 for the others',
  labelNames: ['dependency', 'state'],
});

/** Readiness as metrics: updated by every readiness check (at least every 10 s). */
export const ReadinessMetrics = {
  ready: new Gauge({ name: 'sinergi_ready', help: '1 while the service is ready, 0 otherwise' }),
  dependency(name: string, state: (typeof DEPENDENCY_STATES)[number]) {
    for (const s of DEPENDENCY_STATES)
      dependencyState.set({ dependency: name, state: s }, s === state ? 1 : 0);
  },
};
