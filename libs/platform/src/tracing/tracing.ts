import type { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

/**
 * OpenTelemetry tracing, off by default. It is on when the standard variables ask for it:
 * `OTEL_TRACES_EXPORTER` (other than `none`) or an OTLP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), unless `OTEL_SDK_DISABLED=true`. Everything else (protocol,
 * headers, sampler, `OTEL_SERVICE_NAME`) is read by the SDK from the usual `OTEL_*` variables.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  if (env.OTEL_TRACES_EXPORTER) return env.OTEL_TRACES_EXPORTER !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

let sdk: NodeSDK | undefined;
let httpInstrumentation: HttpInstrumentation | undefined;

/** The HTTP instrumentation of the running SDK (undefined when tracing is off). */
export const activeHttpInstrumentation = (): HttpInstrumentation | undefined => httpInstrumentation;

/**
 * Starts the SDK with the HTTP (server and client), undici and pg instrumentations; Kafka
 * propagation is done by libs/messaging (through the outbox). `spanProcessors` replaces the
 * exporter chosen by the environment (tests use an in-memory exporter).
 */
export function startTracing(
  options: { serviceName?: string; spanProcessors?: SpanProcessor[] } = {},
  env: NodeJS.ProcessEnv = process.env,
): NodeSDK | undefined {
  if (sdk) return sdk;
  if (!options.spanProcessors && !tracingRequested(env)) return undefined;
  // Loaded only when tracing is on: the SDK and its exporters (gRPC, protobuf) cost a service with
  // tracing off some 300 modules and tens of megabytes of memory for nothing.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  /* eslint-enable @typescript-eslint/no-require-imports */
  httpInstrumentation = new HttpInstrumentation({
    ignoreIncomingRequestHook: (request) =>
      request.url === '/metrics' || (request.url ?? '').startsWith('/health/'),
  });
  sdk = new NodeSDK({
    serviceName: options.serviceName ?? env.OTEL_SERVICE_NAME ?? env.SERVICE ?? 'sinergi',
    spanProcessors: options.spanProcessors,
    instrumentations: [
      httpInstrumentation,
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  return sdk;
}

export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
  httpInstrumentation = undefined;
}

// Started as this module loads — it is the first one @sinergi/platform loads — so that http, pg
// and undici are instrumented before anything else requires them.
startTracing();
