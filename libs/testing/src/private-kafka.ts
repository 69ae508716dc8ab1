import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createKafka, ensureTopics, type KafkaSecurity } from '@sinergi/messaging';
import { logLevel } from 'kafkajs';
import { REPO_ROOT } from './infrastructure';
import { testInfrastructure } from './test-env';

const run = promisify(execFile);
const KAFKA_SCRIPT = path.join(REPO_ROOT, 'infra/kafka/kafka.sh');

/** A Kafka broker (or cluster) of a test's own, which the test may stop or kill at will. */
export interface PrivateKafka {
  /** Bootstrap list, e.g. `127.0.0.1:23456,127.0.0.1:23458`. */
  brokers: string;
  /** What a client needs to connect: the SCRAM user when started with `sasl`, else nothing. */
  security: KafkaSecurity;
  /** The service environment that connects to this broker (KAFKA_BROKERS and, with `sasl`, KAFKA_SASL_*). */
  env: Record<string, string>;
  /** The first broker's log (kafka.sh appends the JVM's output). */
  logFile: string;
  /** Stops every broker (SIGTERM); the data stays. */
  stop(): Promise<void>;
  /** Starts every broker again. */
  start(): Promise<void>;
  /** SIGKILL of one broker (1-based). */
  kill(node: number): Promise<void>;
  startNode(node: number): Promise<void>;
  /** Stops the brokers and deletes their home. */
  destroy(): Promise<void>;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A base port such that the 2 × brokers ports from it (client and controller ports) are free. */
async function freePortRange(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + 2 * Math.floor(Math.random() * 10_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error('no free port range for a private Kafka broker');
}

/**
 * Starts a broker (or a KRaft cluster of `brokers`) through infra/kafka/kafka.sh on free ports with
 * its own home directory, never the shared broker, and creates the run's topics on it. The jars
 * are shared with the checkout's .cache/kafka/libs.
 */
export async function startPrivateKafka(
  options: {
    brokers?: number;
    replicationFactor?: number;
    /** SASL/SCRAM on the client port, with this one user (created when the storage is formatted). */
    sasl?: NonNullable<KafkaSecurity['sasl']>;
    /** TLS on the client port, with a certificate authority of the broker's own (`env.KAFKA_SSL_CA_FILE`). */
    ssl?: boolean;
  } = {},
): Promise<PrivateKafka> {
  const count = options.brokers ?? 1;
  const home = mkdtempSync(path.join(os.tmpdir(), 'sinergi-kafka-'));
  const port = await freePortRange(2 * count);
  const saslEnv: Record<string, string> = options.sasl
    ? {
        KAFKA_SASL_MECHANISM: options.sasl.mechanism,
        KAFKA_SASL_USERNAME: options.sasl.username,
        KAFKA_SASL_PASSWORD: options.sasl.password,
      }
    : {};
  const caFile = path.join(home, 'tls/ca.pem');
  const sslEnv: Record<string, string> = options.ssl ? { KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: caFile } : {};
  const inherited = { ...process.env };
  for (const name of [
    'KAFKA_SSL',
    'KAFKA_SSL_CA_FILE',
    'KAFKA_SASL_MECHANISM',
    'KAFKA_SASL_USERNAME',
    'KAFKA_SASL_PASSWORD',
  ])
    delete inherited[name];
  const env = {
    ...inherited,
    ...saslEnv,
    ...(options.ssl ? { KAFKA_SSL: 'true' } : {}),
    KAFKA_HOME_DIR: home,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(port + 1),
    KAFKA_LIBS_DIR: process.env.KAFKA_LIBS_DIR ?? path.join(REPO_ROOT, '.cache/kafka/libs'),
    KAFKA_HEAP: process.env.KAFKA_PRIVATE_HEAP ?? '256m',
    KAFKA_START_TIMEOUT: '180',
  };
  const kafka = (...args: string[]) =>
    run('bash', [KAFKA_SCRIPT, ...args], { env, timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 }).then(
      () => undefined,
      (error: Error & { stdout?: string; stderr?: string }) => {
        throw new Error(
          `kafka.sh ${args.join(' ')} failed: ${error.stderr || error.stdout || error.message}`,
        );
      },
    );
  const brokers = Array.from({ length: count }, (_, i) => `127.0.0.1:${port + 2 * i}`).join(',');
  const security: KafkaSecurity = options.sasl ? { sasl: options.sasl } : {};
  try {
    await kafka('start', '--brokers', String(count));
    if (options.ssl) security.ssl = { ca: readFileSync(caFile, 'utf8') };
    await ensureTopics(
      {
        brokers: brokers.split(','),
        clientId: 'private-kafka',
        topicPrefix: testInfrastructure().topicPrefix,
        security,
      },
      { replicationFactor: options.replicationFactor ?? Math.min(count, 3) },
    );
  } catch (error) {
    await kafka('stop').catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    brokers,
    security,
    env: { KAFKA_BROKERS: brokers, ...sslEnv, ...saslEnv },
    logFile: path.join(home, count === 1 ? '' : 'node-1', 'kafka.log'),
    stop: () => kafka('stop'),
    start: () => kafka('start', '--brokers', String(count)),
    kill: (node) => kafka('kill', String(node)),
    startNode: (node) => kafka('start-node', String(node)),
    destroy: async () => {
      await kafka('stop').catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Connects an admin client with `security` and asks for the cluster: resolves with the error, if any. */
export async function kafkaConnectError(
  brokers: string,
  security?: KafkaSecurity,
): Promise<Error | undefined> {
  const admin = createKafka(
    { brokers: brokers.split(','), clientId: 'connect-probe', security },
    { retry: { retries: 0 }, logLevel: logLevel.NOTHING },
  ).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return undefined;
  } catch (error) {
    return error as Error;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
