import { EventConsumer } from '@sinergi/messaging';
import {
  INTERNAL_TOKEN_HEADER,
  InternalTokenSigner,
  PLATFORM_OPTIONS,
  startService,
  type CallerIdentity,
  type InternalCall,
  type PlatformOptions,
  type RunningService,
  type ServiceDefinition,
  type ServiceEnv,
} from '@sinergi/platform';
import { serviceTestEnv, TEST_INTERNAL_SIGNING_KEY } from './test-env';

export interface StartOptions {
  /** Wait until the event consumer (if the service has handlers) joined its group; default true. */
  awaitConsumer?: boolean;
  /** How long to wait for the join before failing; default 30 s. */
  joinTimeoutMs?: number;
  /** Collects the service's log lines (give LOG_LEVEL in the overrides: tests default to silent). */
  logs?: LogCapture;
}

/** The log lines of the services started with it, as written (one JSON object per line). */
export class LogCapture {
  readonly lines: string[] = [];
  private pending = '';
  /** A pino destination appending to `lines`. */
  readonly stream = {
    write: (chunk: string) => {
      const text = this.pending + chunk;
      const parts = text.split('\n');
      this.pending = parts.pop() ?? '';
      this.lines.push(...parts.filter((line) => line !== ''));
    },
  };
}

/**
 * Boots a real service (real database role, real broker) on a free port; resolves once its
 * event consumer, if it has handlers, has joined its group. Fails, and stops the service, when the
 * consumer stops for a reason other than an unreachable broker or has not joined in time.
 */
export async function startTestService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  overrides: Record<string, string> = {},
  { awaitConsumer = true, joinTimeoutMs = 30_000, logs }: StartOptions = {},
): Promise<RunningService> {
  const service = await startService(definition, serviceTestEnv(definition.name, overrides), {
    logDestination: logs?.stream,
  });
  if (awaitConsumer && hasProvider(service, EventConsumer)) {
    try {
      await awaitJoin(service.app.get(EventConsumer, { strict: false }), definition.name, joinTimeoutMs);
    } catch (error) {
      await service.stop();
      throw error;
    }
  }
  return service;
}

async function awaitJoin(consumer: EventConsumer, name: string, timeoutMs: number): Promise<void> {
  let joined = false;
  void consumer.whenJoined().then(() => (joined = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (joined) return;
    const status = consumer.status();
    if (status && !status.ready)
      throw new Error(`${name}'s event consumer stopped and cannot join its group: ${status.reason}`);
    if (Date.now() > deadline)
      throw new Error(
        `${name}'s event consumer did not join its group within ${timeoutMs / 1000} s ` +
          `(state ${status?.state ?? 'unknown'}${status?.reason ? `: ${status.reason}` : ''})`,
      );
  }
}

export const PLATFORM_ADMIN: CallerIdentity = {
  clientId: 'test-admin',
  agencyCode: 'PLATFORM',
  roles: ['platform-admin'],
};

let testSigner: Promise<InternalTokenSigner> | undefined;

/** The test gateway's signer (TEST_INTERNAL_SIGNING_KEY). */
export const testInternalSigner = () =>
  (testSigner ??= InternalTokenSigner.fromKey(TEST_INTERNAL_SIGNING_KEY));

/** Headers the gateway would send on behalf of `caller` for one call (`path` without the query). */
export async function internalHeaders(
  call: InternalCall,
  caller: CallerIdentity = PLATFORM_ADMIN,
): Promise<Record<string, string>> {
  return { [INTERNAL_TOKEN_HEADER]: await (await testInternalSigner()).sign(caller, call) };
}

/** The name a running service checks internal tokens' audience against. */
export const serviceNameOf = (service: RunningService) =>
  service.app.get<symbol, PlatformOptions>(PLATFORM_OPTIONS).serviceName;

function hasProvider(service: RunningService, token: Function): boolean {
  try {
    service.app.get(token, { strict: false });
    return true;
  } catch {
    return false;
  }
}

export interface ServiceReply<T = unknown> {
  status: number;
  body: T;
}

/**
 * Calls a service directly, as the gateway would on behalf of `caller`; a string body is sent as is.
 * `via`: the aggregate (`GET /dashboard`) the gateway reads the route for.
 */
export async function callService<T = unknown>(
  service: RunningService,
  caller: CallerIdentity,
  method: string,
  path: string,
  body?: unknown,
  via?: string,
): Promise<ServiceReply<T>> {
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers: {
      ...(await internalHeaders(
        { service: serviceNameOf(service), method, path: path.split('?')[0], via },
        caller,
      )),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
