import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { contractOf, type EventClass, type EventEnvelope } from '@sinergi/contracts';
import { HANDLE_EVENT } from './handle-event.decorator';

export type EventHandlerFn = (data: object, event: EventEnvelope) => Promise<unknown> | unknown;

export interface RegisteredHandler {
  eventClass: EventClass;
  name: string;
  handle: EventHandlerFn;
}

/** Finds every `@HandleEvent` method on the application's providers and controllers. */
@Injectable()
export class EventHandlers {
  private byKey?: Map<string, RegisteredHandler[]>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  private discover(): Map<string, RegisteredHandler[]> {
    const byKey = new Map<string, RegisteredHandler[]>();
    const wrappers = [...this.discovery.getProviders(), ...this.discovery.getControllers()];
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const eventClass = this.reflector.get<EventClass | undefined>(HANDLE_EVENT, prototype[method]);
        if (!eventClass) continue;
        const { type, version } = contractOf(eventClass);
        const key = `${type}@v${version}`;
        const fn = (instance[method] as EventHandlerFn).bind(instance);
        byKey.set(key, [
          ...(byKey.get(key) ?? []),
          { eventClass, name: `${prototype.constructor.name}.${method}`, handle: fn },
        ]);
      }
    }
    return byKey;
  }

  forEvent(type: string, version: number): RegisteredHandler[] {
    this.byKey ??= this.discover();
    return this.byKey.get(`${type}@v${version}`) ?? [];
  }

  /** The topics carrying at least one handled event. */
  topics(): string[] {
    this.byKey ??= this.discover();
    return [...new Set([...this.byKey.values()].flat().map((h) => contractOf(h.eventClass).topic))].sort();
  }
}
