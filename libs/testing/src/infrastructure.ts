import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** A service's two connections (infra/postgres/provision.js). */
export interface ServiceDatabaseUrls {
  /** The runtime role: rows of the service's schema only (DATABASE_URL). */
  databaseUrl: string;
  /** The schema owner, which runs the migrations (MIGRATION_DATABASE_URL). */
  migrationDatabaseUrl: string;
}

// Plain JS modules shared with the start scripts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const postgresInfra = require(path.join(REPO_ROOT, 'infra/postgres/provision.js')) as {
  provision(options: {
    database: string;
    passwords?: Record<string, string>;
    url?: string;
    log?: (m: string) => void;
  }): Promise<Record<string, ServiceDatabaseUrls>>;
  dropDatabase(database: string, url?: string): Promise<void>;
  adminUrl(): string;
  portOpen(host: string, port: number): Promise<boolean>;
};

const KAFKA_SCRIPT = path.join(REPO_ROOT, 'infra/kafka/kafka.sh');

/** True when a Docker engine answers, so tests may use containers instead of local servers. */
export async function dockerAvailable(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/** Starts the project's local Kafka broker; returns true when this call started it. */
export async function startLocalKafka(): Promise<boolean> {
  if (await postgresInfra.portOpen('127.0.0.1', 9092)) return false;
  const running = await run('bash', [KAFKA_SCRIPT, 'status']).then(
    () => true,
    () => false,
  );
  if (running) return false;
  const { stdout } = await run('bash', [KAFKA_SCRIPT, 'start'], {
    timeout: 15 * 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  process.stdout.write(stdout);
  return true;
}

export async function stopLocalKafka(): Promise<void> {
  await run('bash', [KAFKA_SCRIPT, 'stop']);
}
