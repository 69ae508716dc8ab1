import fs from 'node:fs';
import path from 'node:path';
import {
  buildAsyncApiDocument,
  contractOf,
  renderEventTable,
  Subscriptions,
  type EventConsumers,
} from '@sinergi/contracts';
import { findHandlerClasses } from '../consumer/handler-sources';

/*
 * The event catalogue (`npm run docs:events`): generated from the contract classes and from the
 * `@HandleEvent` handlers written in each consuming service, so "consumed by" is what really runs.
 * Development tooling only (it loads service sources and the AsyncAPI parser).
 */

export const EVENT_DOCS = { asyncapi: 'docs/events/asyncapi.json', table: 'docs/events/README.md' } as const;

/** Where each consuming service's handlers are written, in the repository at `root`. */
export const serviceSourceDirs = (root: string): Record<string, string[]> =>
  Object.fromEntries(Object.keys(Subscriptions).map((s) => [s, [path.join(root, 'services', s, 'src')]]));

/** The handlers found in each service's source folders. */
export function consumersFromSources(sourceDirs: Record<string, string[]>): EventConsumers {
  return Object.fromEntries(
    Object.entries(sourceDirs).map(([service, dirs]) => [
      service,
      dirs
        .flatMap((dir) => findHandlerClasses(dir))
        .flatMap(({ methods }) => methods.map((m) => ({ handler: m.name, eventClass: m.eventClass }))),
    ]),
  );
}

/** Where `Subscriptions` and the handlers disagree (each service's topics must be its handlers' topics). */
export function subscriptionMismatches(consumers: EventConsumers): string[] {
  const problems: string[] = [];
  const subscriptions = Subscriptions as Record<string, readonly string[] | undefined>;
  for (const [service, handlers] of Object.entries(consumers)) {
    const subscribed = subscriptions[service] ?? [];
    const handled = new Set<string>();
    for (const { handler, eventClass } of handlers) {
      const { type, topic } = contractOf(eventClass);
      handled.add(topic);
      if (!subscribed.includes(topic))
        problems.push(
          `${service}: handler ${handler} takes ${type} from ${topic}, which is not in Subscriptions.${service}`,
        );
    }
    for (const topic of subscribed.filter((t) => !handled.has(t)))
      problems.push(
        `${service}: Subscriptions.${service} lists ${topic} but no handler of ${service} takes an event from it`,
      );
  }
  return problems;
}

/** The generated files, by path relative to the repository root. */
export function renderEventDocs(consumers: EventConsumers): Record<string, string> {
  return {
    [EVENT_DOCS.asyncapi]: `${JSON.stringify(buildAsyncApiDocument(consumers), null, 2)}\n`,
    [EVENT_DOCS.table]: renderEventTable(consumers),
  };
}

/** Errors the official AsyncAPI parser reports for a document (warnings and hints left out). */
export async function asyncApiErrors(document: string): Promise<string[]> {
  const { Parser, DiagnosticSeverity } = await import('@asyncapi/parser');
  const { diagnostics } = await new Parser().parse(document);
  return diagnostics
    .filter((d) => d.severity === DiagnosticSeverity.Error)
    .map((d) => `${d.code} at ${d.path.join('.') || '(root)'}: ${d.message}`);
}

/**
 * Everything wrong with the checked-in catalogue: files not matching what the contracts and
 * handlers generate, subscriptions that disagree with the handlers, AsyncAPI parser errors.
 */
export async function checkEventDocs(
  root: string,
  sourceDirs: Record<string, string[]> = serviceSourceDirs(root),
): Promise<string[]> {
  const consumers = consumersFromSources(sourceDirs);
  const generated = renderEventDocs(consumers);
  const stale = Object.keys(generated).filter((file) => {
    const full = path.join(root, file);
    return !fs.existsSync(full) || fs.readFileSync(full, 'utf8') !== generated[file];
  });
  const problems = subscriptionMismatches(consumers);
  if (stale.length > 0) problems.push(`${stale.join(', ')} out of date: run npm run docs:events`);
  const parsed = await asyncApiErrors(generated[EVENT_DOCS.asyncapi]);
  problems.push(...parsed.map((e) => `${EVENT_DOCS.asyncapi}: ${e}`));
  return problems;
}
