import 'reflect-metadata';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { DestinationStream, Logger } from 'pino';
import { MigrationEnv, parseEnv, type InternalServiceEnv, type ServiceEnv } from './config/env';
import { databaseModule, runMigrations } from './database/database.module';
import { codeForStatus } from './errors/error-catalogue';
import { startManagementServer } from './health/management-server';
import { ReadinessService } from './health/readiness';
import { installBodyParsers } from './http/json-body';
import { problem, PROBLEM_CONTENT_TYPE } from './http/problem';
import { createLogger, PinoNestLogger } from './logging/logger';
import { requestContext, type RequestContext } from './logging/request-context';
import { reduceMemoryWhenIdle } from './lifecycle/idle-memory';
import { httpRequestDuration, initMetrics } from './metrics/metrics';
import { PlatformModule } from './platform.module';

export const CORRELATION_HEADER = 'x-correlation-id';
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServiceDefinition<E extends ServiceEnv> {
  /** Service name; also its schema name unless DATABASE_SCHEMA says otherwise. */
  name: string;
  version: string;
  defaultPort: number;
  envClass: new () => E;
  /** The service's feature modules. */
  imports: (env: E) => Array<Type | DynamicModule>;
  migrations: Function[];
  /** True for the public gateway, which authenticates callers itself instead of requiring the internal token. */
  publicApi?: boolean;
  /** Runs after the app is created and before it listens (e.g. to attach the event consumers). */
  configure?: (app: NestFastifyApplication, env: E) => Promise<void> | void;
  /**
   * Requests that take a path of their own ahead of fastify's router and hooks, built once the app
   * is configured: the shortcut answers what it takes, in full, and leaves everything else to fastify.
   */
  shortcut?: (app: NestFastifyApplication, env: E, logger: Logger) => RequestShortcut;
}

/** True when it has taken the request (and will answer it); false leaves it to fastify, untouched. */
export type RequestShortcut = (request: IncomingMessage, response: ServerResponse) => boolean;

/** The management port of a service whose default port is `port` (infra/services.js follows the same rule). */
export const defaultManagementPort = (port: number) => port + 6000;

export interface RunningService {
  app: NestFastifyApplication;
  url: string;
  /** The management port's URL: /health/live, /health/ready (full), /metrics. */
  managementUrl: string;
  logger: Logger;
  /** Graceful stop: refuse new requests, stop consumers, close the database last. */
  stop(): Promise<void>;
}

export interface ServiceStartOptions {
  /** Where the service's log lines go instead of stdout (tests scan them). */
  logDestination?: DestinationStream;
}

/** Builds the Nest application of a service (used by `main.ts` and by integration tests). */
export async function createServiceApp<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  env: E,
  { logDestination }: ServiceStartOptions = {},
): Promise<{ app: NestFastifyApplication; logger: Logger }> {
  const logger = createLogger(definition.name, env.LOG_LEVEL, logDestination);
  initMetrics(definition.name);
  // Set once the app is configured, cleared once it closes: until then and from then on, every
  // request goes to fastify (which answers 503 while it closes).
  const taken: { by?: RequestShortcut } = {};
  const adapter = new FastifyAdapter({
    ...(definition.shortcut ? { serverFactory: serverAskingFirst(taken) } : {}),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY.split(','),
    // The services listen on HTTP/1.1, so the reply's raw response is node:http's.
    frameworkErrors: answerFrameworkError as never,
    clientErrorHandler: answerClientError,
    // No service uses Nest middleware: its runner would only cost every request a hook.
    skipMiddie: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(serviceRootModule(definition, env), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    // installBodyParsers registers JSON (with a depth limit) and forms itself.
    bodyParser: false,
  });
  installRequestHooks(app, logger);
  installBodyParsers(app);
  await definition.configure?.(app, env);
  if (definition.shortcut) {
    taken.by = definition.shortcut(app, env, logger);
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('preClose', (done) => {
        taken.by = undefined;
        done();
      });
  }
  return { app, logger };
}

/**
 * The HTTP/1.1 server of a service with a shortcut: as fastify creates it with this platform's
 * options (its keep-alive and request timeouts), asking the shortcut before fastify.
 */
function serverAskingFirst(taken: { by?: RequestShortcut }) {
  return ((
    handler: (request: IncomingMessage, response: ServerResponse) => void,
    options: { keepAliveTimeout?: number; requestTimeout?: number },
  ) => {
    const server = createServer((request, response) => {
      if (!taken.by?.(request, response)) handler(request, response);
    });
    server.keepAliveTimeout = options.keepAliveTimeout ?? 72_000;
    server.requestTimeout = options.requestTimeout ?? 0;
    return server;
  }) as never;
}

/** The root module of a service: the platform, its database and its feature modules. */
export function serviceRootModule<E extends ServiceEnv>(definition: ServiceDefinition<E>, env: E): Type {
  const schema = env.DATABASE_SCHEMA ?? definition.name;

  @Module({
    imports: [
      PlatformModule.forRoot(
        {
          serviceName: definition.name,
          version: definition.version,
          internalVerifyKeys: (env as Partial<InternalServiceEnv>).INTERNAL_VERIFY_KEYS,
          requireInternalToken: !definition.publicApi,
        },
        env,
      ),
      databaseModule({
        url: env.DATABASE_URL,
        migrationUrl: env.MIGRATION_DATABASE_URL,
        schema,
        migrations: definition.migrations,
      }),
      ...definition.imports(env),
    ],
  })
  class ServiceRootModule {}
  return ServiceRootModule;
}

/** Errors fastify meets before any hook or route (a path it cannot decode) answer as problems too. */
function answerFrameworkError(
  error: { code: string; statusCode?: number; message: string },
  _request: unknown,
  reply: { raw: ServerResponse },
) {
  const body =
    error.code === 'FST_ERR_BAD_URL'
      ? problem('request.invalid-path', 'the path has invalid percent-encoding')
      : problem(codeForStatus(error.statusCode ?? 400), error.message);
  reply.raw
    .writeHead(body.status, {
      [CORRELATION_HEADER]: requestContext.newCorrelationId(),
      'content-type': PROBLEM_CONTENT_TYPE,
    })
    .end(JSON.stringify(body));
}

/**
 * Requests node:http cannot parse (a malformed or repeated Content-Length, a control character in a
 * header, headers over 16 KiB) never reach fastify: they too are answered as problems, then closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const body =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem('request.headers-too-large', 'the request line and headers exceed 16 KiB')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problem('request.timeout', 'the request was not received in time')
        : problem('request.malformed', 'the request could not be read as HTTP/1.1');
  const text = JSON.stringify(body);
  socket.end(
    [
      `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status]}`,
      'Connection: close',
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      `Content-Length: ${Buffer.byteLength(text)}`,
      `${CORRELATION_HEADER}: ${requestContext.newCorrelationId()}`,
      '',
      text,
    ].join('\r\n'),
  );
}

/** The caller's correlation id when it is a sane one, else a new one. */
export function correlationIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given)
    ? given
    : requestContext.newCorrelationId();
}

/** Records an answered request: its duration in the metrics and, but for probes and scrapes, an access log line. */
export function recordRequest(
  logger: Logger,
  method: string,
  route: string,
  statusCode: number,
  context: RequestContext | undefined,
  elapsedMs: number,
): void {
  // Labels: the route template (never the raw path), the status and the caller's agency.
  const agency = context?.caller?.agencyCode ?? 'anonymous';
  httpRequestDuration.observe({ method, route, status: String(statusCode), agency }, elapsedMs / 1000);
  if (!route.startsWith('/health') && route !== '/metrics')
    logger.info({ method, route, status: statusCode, agency, ms: Math.round(elapsedMs) }, 'request');
}

function installRequestHooks(app: NestFastifyApplication, logger: Logger) {
  const fastify = app.getHttpAdapter().getInstance();
  // The request's context, which guards and handlers fill in (caller, route), read back when it ends.
  const contexts = new WeakMap<object, RequestContext>();
  fastify.addHook('onRequest', (request, reply, done) => {
    const correlationId = correlationIdOf(request.headers[CORRELATION_HEADER]);
    void reply.header(CORRELATION_HEADER, correlationId);
    const context: RequestContext = { correlationId };
    contexts.set(request, context);
    requestContext.run(context, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const context = contexts.get(request);
    const route = context?.route ?? request.routeOptions.url ?? 'unmatched';
    recordRequest(logger, request.method, route, reply.statusCode, context, reply.elapsedTime);
    done();
  });
}

/** Starts a service: validates the environment, builds the app, listens, and handles SIGTERM/SIGINT. */
export async function startService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  source: NodeJS.ProcessEnv = process.env,
  options: ServiceStartOptions = {},
): Promise<RunningService> {
  const env = parseEnv(definition.envClass, source);
  const { app, logger } = await createServiceApp(definition, env, options);
  const port = env.PORT ?? definition.defaultPort;
  try {
    await app.startAllMicroservices();
    await app.listen(port, env.HOST);
  } catch (error) {
    // A refusal during start (e.g. a misconfigured event handler) must not leave pools or loops open.
    await app.close().catch(() => undefined);
    throw error;
  }
  const address = app.getHttpServer().address();
  const url = `http://${env.HOST}:${typeof address === 'object' && address ? address.port : port}`;
  const management = await startManagementServer({
    serviceName: definition.name,
    version: definition.version,
    readiness: app.get(ReadinessService),
    host: env.HOST,
    port: env.MANAGEMENT_PORT ?? defaultManagementPort(definition.defaultPort),
  }).catch(async (error: unknown) => {
    await app.close().catch(() => undefined);
    throw error;
  });
  logger.info({ url, management: management.url }, `${definition.name} listening`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      app.get(ReadinessService).markShuttingDown();
      await app.getHttpAdapter().getInstance().close();
      await app.close();
      // Last, so probes see `not-ready` while the service drains.
      await management.close();
      logger.info(`${definition.name} stopped`);
    })());
  return { app, url, managementUrl: management.url, logger, stop };
}

/**
 * Migrate-only mode: applies the service's pending migrations to its schema as the schema owner and
 * returns their names. Needs only MIGRATION_DATABASE_URL (and DATABASE_SCHEMA when not the service's name).
 */
export async function migrateService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  source: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const env = parseEnv(MigrationEnv, source);
  return runMigrations({
    url: env.MIGRATION_DATABASE_URL,
    schema: env.DATABASE_SCHEMA ?? definition.name,
    migrations: definition.migrations,
  });
}

/** Entry point of every service's `main.ts`; `main.js migrate` runs the migrations only and exits. */
export function runService<E extends ServiceEnv>(definition: ServiceDefinition<E>): void {
  if (process.argv[2] === 'migrate') {
    migrateService(definition).then(
      (applied) => {
        console.log(
          `[${definition.name}] ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}`,
        );
        process.exit(0);
      },
      (error) => {
        console.error(
          `[${definition.name}] migration failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exit(1);
      },
    );
    return;
  }
  startService(definition).then(
    (service) => {
      reduceMemoryWhenIdle();
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          service.logger.info({ signal }, 'shutting down');
          service.stop().then(
            () => process.exit(0),
            (error) => {
              service.logger.error({ err: error }, 'shutdown failed');
              process.exit(1);
            },
          );
        });
      }
    },
    (error) => {
      console.error(
        `[${definition.name}] failed to start: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
