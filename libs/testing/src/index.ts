export * from './infrastructure';
export * from './service-harness';
export * from './service-health.suite';
export * from './test-env';
export * from './event-probe';
export * from './publish-test-event';
export * from './bench/bench-kit';
export * from './delaying-proxy';
