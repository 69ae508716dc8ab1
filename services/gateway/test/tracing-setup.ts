// Imported first by a test file: starts tracing with an in-memory exporter, with the instrumentations
// a service's main.ts gets, before the services' modules are loaded.
import * as http from 'node:http';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import {
  activeHttpInstrumentation,
  startTracing,
  stopTracing,
} from '../../../libs/platform/src/tracing/tracing';

export const finishedSpans = new InMemorySpanExporter();
startTracing({
  serviceName: 'sinergi-test',
  spanProcessors: [new SimpleSpanProcessor({ exporter: finishedSpans })],
});

// Jest's module sandbox hides Node's require hook from the instrumentations, so node:http is
// patched here as the hook would patch it when a service process starts.
const httpDefinitions = (activeHttpInstrumentation()?.getModuleDefinitions() ?? []).filter(
  (definition) => definition.name === 'http',
);
for (const definition of httpDefinitions) definition.patch?.(http);

export async function stopTestTracing(): Promise<void> {
  for (const definition of httpDefinitions) definition.unpatch?.(http);
  await stopTracing();
}
