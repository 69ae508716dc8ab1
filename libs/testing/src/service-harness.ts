import { EventConsumer } from '@sinergi/messaging';
import {
  INTERNAL_TOKEN_HEADER,
  issueInternalToken,
  startService,
  type CallerIdentity,
  type RunningService,
  type ServiceDefinition,
  type ServiceEnv,
} from '@sinergi/platform';
import { serviceTestEnv, TEST_INTERNAL_AUTH_SECRET } from './test-env';

/**
 * Boots a real service (real database role, real broker) on a free port; resolves once its
 * event consumer, if it has handlers, has joined its group.
 */
export async function startTestService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  overrides: Record<string, string> = {},
): Promise<RunningService> {
  const service = await startService(definition, serviceTestEnv(definition.name, overrides));
  if (!overrides.KAFKA_BROKERS && hasProvider(service, EventConsumer)) {
    await service.app.get(EventConsumer, { strict: false }).whenJoined();
  }
  return service;
}

export const PLATFORM_ADMIN: CallerIdentity = {
  clientId: 'test-admin',
  agencyCode: 'PLATFORM',
  roles: ['platform-admin'],
};

/** Headers the gateway would send on behalf of `caller`. */
export function internalHeaders(caller: CallerIdentity = PLATFORM_ADMIN): Record<string, string> {
  return { [INTERNAL_TOKEN_HEADER]: issueInternalToken(caller, TEST_INTERNAL_AUTH_SECRET) };
}

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

/** Calls a service directly, as the gateway would on behalf of `caller`; a string body is sent as is. */
export async function callService<T = unknown>(
  service: RunningService,
  caller: CallerIdentity,
  method: string,
  path: string,
  body?: unknown,
): Promise<ServiceReply<T>> {
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers: {
      ...internalHeaders(caller),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
