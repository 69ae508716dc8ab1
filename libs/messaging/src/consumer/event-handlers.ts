import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { contractOf, Subscriptions, type EventClass, type EventEnvelope } from '@sinergi/contracts';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { handlerMethodsOf } from './handle-event.decorator';
import { findHandlerClasses } from './handler-sources';

export type EventHandlerFn = (data: object, event: EventEnvelope) => Promise<unknown> | unknown;

/** One event as a `@HandleEvents` method receives it: its validated data and its envelope. */
export interface HandledEvent<T extends object = object> {
  data: T;
  event: EventEnvelope<T>;
}

export type EventsHandlerFn = (events: HandledEvent[]) => Promise<unknown> | unknown;

export interface RegisteredHandler {
  eventClass: EventClass;
  /** `Class.method`. */
  name: string;
  handle: EventHandlerFn;
  /** Set for a `@HandleEvents` method: takes consecutive events together (`handle` gives it one). */
  handleMany?: EventsHandlerFn;
}

/** Why a service must not start with the handlers it has: each line names the handler and the fix. */
export class HandlerSetupError extends Error {
  constructor(
    service: string,
    readonly problems: string[],
  ) {
    super(`${service} cannot consume events:\n  - ${problems.join('\n  - ')}`);
  }
}

function manyHandler(eventClass: EventClass, name: string, handleMany: EventsHandlerFn): RegisteredHandler {
  return { eventClass, name, handleMany, handle: (data, event) => handleMany([{ data, event }]) };
}

/** Finds every `@HandleEvent` method on the application's providers and controllers. */
@Injectable()
export class EventHandlers {
  private byKey?: Map<string, RegisteredHandler[]>;
  private classes = new Set<Function>();
  private readonly problems: string[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  private discover(): Map<string, RegisteredHandler[]> {
    const byKey = new Map<string, RegisteredHandler[]>();
    const wrappers = [...this.discovery.getProviders(), ...this.discovery.getControllers()];
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const cls = instance.constructor;
      const methods = handlerMethodsOf(cls);
      if (methods.length === 0) continue;
      if (!wrapper.isDependencyTreeStatic()) {
        this.problems.push(
          `${cls.name} has @HandleEvent methods but is request- or transient-scoped: make it a singleton provider`,
        );
        continue;
      }
      this.classes.add(cls);
      for (const { eventClass, name, method, many } of methods) {
        const { type, version } = contractOf(eventClass);
        const key = `${type}@v${version}`;
        const handler: RegisteredHandler = many
          ? manyHandler(eventClass, name, (instance[method] as EventsHandlerFn).bind(instance))
          : { eventClass, name, handle: (instance[method] as EventHandlerFn).bind(instance) };
        byKey.set(key, [...(byKey.get(key) ?? []), handler]);
      }
    }
    return byKey;
  }

  private registry(): Map<string, RegisteredHandler[]> {
    this.byKey ??= this.discover();
    return this.byKey;
  }

  forEvent(type: string, version: number): RegisteredHandler[] {
    return this.registry().get(`${type}@v${version}`) ?? [];
  }

  all(): RegisteredHandler[] {
    return [...this.registry().values()].flat();
  }

  /** The topics carrying at least one handled event: exactly what the consumer subscribes to. */
  topics(): string[] {
    return [...new Set(this.all().map((h) => contractOf(h.eventClass).topic))].sort();
  }

  /**
   * Refuses handlers that would be skipped or stall consumption: one whose topic the service does
   * not subscribe to in `Subscriptions` (its retry and dead-letter topics would not exist), and a
   * `@HandleEvent` class in the service's source folder that no module provides.
   */
  verify(): void {
    const { serviceName, sourceDir } = this.options;
    const problems = [...this.problems];
    const subscribed: readonly string[] =
      (Subscriptions as Record<string, readonly string[] | undefined>)[serviceName] ?? [];
    for (const handler of this.all()) {
      const { type, topic } = contractOf(handler.eventClass);
      if (!subscribed.includes(topic)) {
        problems.push(
          `handler ${handler.name} takes ${type} from topic ${topic}, which ${serviceName} does not subscribe to: ` +
            `add it to Subscriptions.${serviceName} in libs/contracts/src/topics.ts`,
        );
      }
    }
    if (sourceDir) {
      for (const { cls, file, methods } of findHandlerClasses(sourceDir)) {
        if (this.classes.has(cls)) continue;
        problems.push(
          `${methods.map((m) => m.name).join(', ')} (${path.relative(sourceDir, file)}) ` +
            `handle${methods.length === 1 ? 's' : ''} ${methods.map((m) => contractOf(m.eventClass).type).join(', ')} ` +
            `but ${cls.name} is in no module's providers: add it to a module of ${serviceName}`,
        );
      }
    }
    if (problems.length > 0) throw new HandlerSetupError(serviceName, problems);
  }
}
