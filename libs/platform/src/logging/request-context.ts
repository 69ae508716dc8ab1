import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who is calling, as asserted by the gateway's internal token. */
export interface CallerIdentity {
  /** The API client, or `user:<userId>` for a person signed in with a browser session. */
  clientId: string;
  agencyCode: string;
  roles: string[];
  /** The signed-in person, when the caller is one. */
  userId?: string;
  userName?: string;
}

export interface RequestContext {
  correlationId: string;
  /** The event being handled, when the work was caused by an event rather than a request. */
  causationId?: string;
  caller?: CallerIdentity;
  /** The route template for metrics and access logs, when the framework only knows a catch-all. */
  route?: string;
  /** Set while a `@HandleEvents` handler runs: the handler, which may not publish events. */
  publishingRefusedBy?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
  newCorrelationId(): string {
    return randomUUID();
  },
};
