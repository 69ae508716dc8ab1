import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { EventClass } from '@sinergi/contracts';

export const HANDLE_EVENT = 'sinergi:handle-event';
/** Marks a `@HandleEvents` method: it takes a list of events instead of one. */
export const HANDLE_EVENTS = 'sinergi:handle-events';

/**
 * Declares a provider method as the handler of one event type and version:
 * `@HandleEvent(ProgramFundingRequestedV1) async onFundingRequested(data, event) { … }`.
 * It runs in one transaction with the inbox record, at most once per event, and may publish events.
 */
export const HandleEvent = (eventClass: EventClass) => SetMetadata(HANDLE_EVENT, eventClass);

/**
 * Declares a provider method as the handler of one event type that takes consecutive events of a
 * partition together, in offset order:
 * `@HandleEvents(ProgramFundingRequestedV1) async onFundingRequested(events: HandledEvent<…>[]) { … }`,
 * so an effect can be written with one multi-row statement instead of one per event. Same
 * guarantees as `@HandleEvent` (one transaction with the inbox records, each event at most once),
 * but it may not publish events: an event it published could not name the one it reacts to. A
 * handler that publishes is a `@HandleEvent`.
 */
export const HandleEvents = (eventClass: EventClass) =>
  applyDecorators(SetMetadata(HANDLE_EVENT, eventClass), SetMetadata(HANDLE_EVENTS, true));

export interface HandlerMethod {
  /** `Class.method`: how logs, errors, the catalogue and `npm run replay` name the handler. */
  name: string;
  method: string;
  eventClass: EventClass;
  /** A `@HandleEvents` method, taking a list of events. */
  many: boolean;
}

/** The `@HandleEvent` and `@HandleEvents` methods of a class (inherited ones included). */
export function handlerMethodsOf(cls: Function): HandlerMethod[] {
  const found: HandlerMethod[] = [];
  const seen = new Set<string>();
  for (let proto = cls.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const method of Object.getOwnPropertyNames(proto)) {
      if (method === 'constructor' || seen.has(method)) continue;
      seen.add(method);
      const descriptor = Object.getOwnPropertyDescriptor(proto, method);
      if (typeof descriptor?.value !== 'function') continue;
      const eventClass = Reflect.getMetadata(HANDLE_EVENT, descriptor.value) as EventClass | undefined;
      const many = Reflect.getMetadata(HANDLE_EVENTS, descriptor.value) === true;
      if (eventClass) found.push({ name: `${cls.name}.${method}`, method, eventClass, many });
    }
  }
  return found;
}
