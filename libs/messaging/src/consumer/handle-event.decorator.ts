import { SetMetadata } from '@nestjs/common';
import type { EventClass } from '@sinergi/contracts';

export const HANDLE_EVENT = 'sinergi:handle-event';

/**
 * Declares a provider method as the handler of one event type and version:
 * `@HandleEvent(ProgramFundingRequestedV1) async onFundingRequested(data, event) { … }`.
 * It runs in one transaction with the inbox record, at most once per event, and may publish events.
 */
export const HandleEvent = (eventClass: EventClass) => SetMetadata(HANDLE_EVENT, eventClass);

export interface HandlerMethod {
  /** `Class.method`: how logs, errors, the catalogue and `npm run replay` name the handler. */
  name: string;
  method: string;
  eventClass: EventClass;
}

/** The `@HandleEvent` methods of a class (inherited ones included). */
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
      if (eventClass) found.push({ name: `${cls.name}.${method}`, method, eventClass });
    }
  }
  return found;
}
