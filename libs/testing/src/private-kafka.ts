import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureTopics } from '@sinergi/messaging';
import { REPO_ROOT } from './infrastructure';
import { testInfrastructure } from './test-env';

const run = promisify(execFile);
const KAFKA_SCRIPT = path.join(REPO_ROOT, 'infra/kafka/kafka.sh');

/** A Kafka broker (or cluster) of a test's own, which the test may stop or kill at will. */
export interface PrivateKafka {
  /** Bootstrap list, e.g. `127.0.0.1:23456,127.0.0.1:23458`. */
  brokers: string;
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
  options: { brokers?: number; replicationFactor?: number } = {},
): Promise<PrivateKafka> {
  const count = options.brokers ?? 1;
  const home = mkdtempSync(path.join(os.tmpdir(), 'sinergi-kafka-'));
  const port = await freePortRange(2 * count);
  const env = {
    ...process.env,
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
  try {
    await kafka('start', '--brokers', String(count));
    await ensureTopics(
      {
        brokers: brokers.split(','),
        clientId: 'private-kafka',
        topicPrefix: testInfrastructure().topicPrefix,
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
