import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  COMMAND_KEY_HEADER,
  CORRELATION_HEADER,
  FORWARDED_PREFIX_HEADER,
  INTERNAL_TOKEN_HEADER,
  issueInternalToken,
  requestContext,
  type CallerIdentity,
} from '@sinergi/platform';
import { Pool } from 'undici';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { API_PREFIX, type ServiceName } from './route-table';

export interface ServiceResponse {
  status: number;
  contentType: string;
  body: string;
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

/** Keep-alive connection pools to the services; every call carries the internal token and correlation id. */
@Injectable()
export class ServiceClient implements OnModuleDestroy {
  private readonly pools: Record<ServiceName, Pool>;

  constructor(@Inject(GATEWAY_ENV) private readonly env: GatewayEnv) {
    const pool = (url: string) => new Pool(url, { connections: 32, keepAliveTimeout: 10_000, pipelining: 1 });
    this.pools = {
      agreements: pool(env.AGREEMENTS_URL),
      rehabilitation: pool(env.REHABILITATION_URL),
      reintegration: pool(env.REINTEGRATION_URL),
      budgeting: pool(env.BUDGETING_URL),
    };
  }

  async call(
    service: ServiceName,
    method: string,
    path: string,
    options: {
      caller?: CallerIdentity;
      body?: string;
      timeoutMs?: number;
      signal?: AbortSignal;
      /** The client's Idempotency-Key, for the service to record with the command's effect. */
      commandKey?: string;
    } = {},
  ): Promise<ServiceResponse> {
    const timeoutMs = options.timeoutMs ?? this.env.SERVICE_TIMEOUT_MS;
    const headers: Record<string, string> = {
      accept: 'application/json',
      [FORWARDED_PREFIX_HEADER]: API_PREFIX,
    };
    const correlationId = requestContext.correlationId();
    if (correlationId) headers[CORRELATION_HEADER] = correlationId;
    if (options.caller)
      headers[INTERNAL_TOKEN_HEADER] = issueInternalToken(options.caller, this.env.INTERNAL_AUTH_SECRET);
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.commandKey !== undefined) headers[COMMAND_KEY_HEADER] = options.commandKey;
    const signal = options.signal
      ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    try {
      const response = await this.pools[service].request({
        method: method as 'GET',
        path,
        headers,
        body: options.body,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      return {
        status: response.statusCode,
        contentType: String(response.headers['content-type'] ?? 'application/json'),
        body: await response.body.text(),
      };
    } catch (error) {
      const timedOut = signal.aborted || /timeout/i.test((error as Error).name + (error as Error).message);
      throw new ServiceUnavailableError(service, timedOut, error);
    }
  }

  /** GET returning parsed JSON, or undefined for a non-2xx answer. */
  async getJson<T>(
    service: ServiceName,
    path: string,
    caller: CallerIdentity,
    timeoutMs?: number,
  ): Promise<T | undefined> {
    const response = await this.call(service, 'GET', path, { caller, timeoutMs });
    return response.status >= 200 && response.status < 300 ? (JSON.parse(response.body) as T) : undefined;
  }

  async onModuleDestroy() {
    await Promise.all(Object.values(this.pools).map((p) => p.close()));
  }
}
