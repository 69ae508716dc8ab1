import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  AGGREGATE_ROUTES,
  API_PREFIX,
  COMMAND_KEY_HEADER,
  CORRELATION_HEADER,
  FORWARDED_PREFIX_HEADER,
  INTERNAL_TOKEN_HEADER,
  InternalTokenSigner,
  requestContext,
  routeKey,
  type AggregateName,
  type CallerIdentity,
  type ServiceName,
} from '@sinergi/platform';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { classifyFailure, parseInstanceUrls, ServiceInstances } from './service-instances';

export interface ServiceResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A service's answer as it came: its bytes, forwarded and hashed as they are (a string would be
 * encoded again for each), and its text, decoded once when something reads it.
 */
export class ServiceAnswer implements ServiceResponse {
  private text?: string;

  constructor(
    readonly status: number,
    readonly contentType: string,
    readonly bytes: Buffer,
  ) {}

  get body(): string {
    return (this.text ??= this.bytes.toString('utf8'));
  }
}

export class ServiceUnavailableError extends Error {
  constructor(
    readonly service: ServiceName,
    readonly timedOut: boolean,
    cause: unknown,
  ) {
    super(
      `${service} ${timedOut ? 'did not answer in time' : 'is unavailable'}: ${(cause as Error)?.message ?? cause}`,
    );
  }
}

/** Calls started within this long of each other share their deadline. */
const DEADLINE_TICK_MS = 10;

/**
 * The deadline of the calls started within one tick: one timer for them all, and an event emitter,
 * which undici takes as a signal; an AbortSignal costs each call a disposable listener, weak
 * references and an event object.
 */
class Deadline extends EventEmitter {
  passed = false;

  constructor(afterMs: number) {
    super();
    // Every call in flight within the tick listens to it.
    this.setMaxListeners(0);
    setTimeout(() => {
      this.passed = true;
      this.emit('abort');
    }, afterMs).unref();
  }
}

/**
 * Deadlines of calls, one per timeout and DEADLINE_TICK_MS instead of one per call: a call given
 * `timeoutMs` is aborted between `timeoutMs` and `timeoutMs` + DEADLINE_TICK_MS after it starts.
 */
class SharedDeadlines {
  private readonly current = new Map<number, { until: number; deadline: Deadline }>();

  of(timeoutMs: number): Deadline {
    const now = Date.now();
    const shared = this.current.get(timeoutMs);
    if (shared && now < shared.until) return shared.deadline;
    const deadline = new Deadline(timeoutMs + DEADLINE_TICK_MS);
    this.current.set(timeoutMs, { until: now + DEADLINE_TICK_MS, deadline });
    return deadline;
  }
}

/**
 * Keep-alive connection pools to each service's instances. Every call on a caller's behalf carries
 * an internal token signed for that service, method and path alone, and the correlation id. Calls
 * go to the instances in turn; a call whose instance refused the connection is sent to the next
 * one, and so is one whose connection was lost after sending when repeating it is safe (a read, or
 * a command with a command key, which the service answers once).
 */
@Injectable()
export class ServiceClient implements OnModuleInit, OnModuleDestroy {
  private readonly instances: Record<ServiceName, ServiceInstances>;
  private readonly signer: Promise<InternalTokenSigner>;
  private readonly deadlines = new SharedDeadlines();

  constructor(@Inject(GATEWAY_ENV) private readonly env: GatewayEnv) {
    const instances = (urls: string) => new ServiceInstances(parseInstanceUrls(urls));
    this.instances = {
      agreements: instances(env.AGREEMENTS_URL),
      rehabilitation: instances(env.REHABILITATION_URL),
      reintegration: instances(env.REINTEGRATION_URL),
      budgeting: instances(env.BUDGETING_URL),
      notifications: instances(env.NOTIFICATIONS_URL),
    };
    this.signer = InternalTokenSigner.fromKey(env.INTERNAL_SIGNING_KEY);
  }

  /** An unreadable signing key stops the start. */
  async onModuleInit() {
    await this.signer;
  }

  async call(
    service: ServiceName,
    method: string,
    path: string,
    options: {
      caller?: CallerIdentity;
      body?: string;
      timeoutMs?: number;
      /** The client's Idempotency-Key, for the service to record with the command's effect. */
      commandKey?: string;
      /** The aggregate this read is part of (the service checks the caller's roles against it). */
      via?: AggregateName;
    } = {},
  ): Promise<ServiceAnswer> {
    const timeoutMs = options.timeoutMs ?? this.env.SERVICE_TIMEOUT_MS;
    const headers: Record<string, string> = {
      accept: 'application/json',
      [FORWARDED_PREFIX_HEADER]: API_PREFIX,
    };
    const correlationId = requestContext.correlationId();
    if (correlationId) headers[CORRELATION_HEADER] = correlationId;
    if (options.caller)
      headers[INTERNAL_TOKEN_HEADER] = await (
        await this.signer
      ).sign(options.caller, {
        service,
        method,
        path: path.split('?')[0],
        via: options.via && routeKey(AGGREGATE_ROUTES[options.via]),
      });
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const instances = this.instances[service];
    const unsafe = method !== 'GET' && method !== 'HEAD';
    // With several instances, a command gets a key of its own so that it can be sent again to another
    // instance when the first dies mid-call: the service records the key with the command's effect.
    const commandKey =
      options.commandKey ?? (unsafe && instances.size > 1 ? `gateway:${randomUUID()}` : undefined);
    if (commandKey !== undefined) headers[COMMAND_KEY_HEADER] = commandKey;
    const deadline = this.deadlines.of(timeoutMs);
    let lastError: unknown;
    for (const instance of instances.order()) {
      try {
        const response = await instance.pool.request({
          method: method as 'GET',
          path,
          headers,
          body: options.body,
          signal: deadline,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const bytes = await response.body.bytes();
        const answer = new ServiceAnswer(
          response.statusCode,
          String(response.headers['content-type'] ?? 'application/json'),
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        );
        instances.restore(instance);
        return answer;
      } catch (error) {
        lastError = error;
        if (deadline.passed) break;
        const failure = classifyFailure(error);
        if (failure === 'other') break;
        instances.leaveOut(instance);
        if (failure === 'connection-lost' && unsafe && commandKey === undefined) break;
      }
    }
    const timedOut =
      deadline.passed || /timeout/i.test((lastError as Error).name + (lastError as Error).message);
    throw new ServiceUnavailableError(service, timedOut, lastError);
  }

  async onModuleDestroy() {
    await Promise.all(Object.values(this.instances).map((i) => i.close()));
  }
}
