import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform-options';
import { withTimeout } from '../time/with-timeout';

export interface DependencyStatus {
  name: string;
  up: boolean;
  error?: string;
}

const CHECK_TIMEOUT_MS = 2_000;

/** Readiness: the service's database and the Kafka cluster both answer. */
@Injectable()
export class ReadinessService implements OnApplicationShutdown {
  private admin?: Admin;
  private shuttingDown = false;

  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  /** Called first on shutdown so load balancers stop sending traffic. */
  markShuttingDown() {
    this.shuttingDown = true;
  }

  async check(): Promise<{ ready: boolean; dependencies: DependencyStatus[] }> {
    const dependencies = await Promise.all([
      this.probe('database', () => this.database()),
      this.probe('kafka', () => this.kafka()),
    ]);
    const ready = !this.shuttingDown && dependencies.every((d) => d.up);
    return { ready, dependencies };
  }

  private async probe(name: string, fn: () => Promise<void>): Promise<DependencyStatus> {
    try {
      await withTimeout(fn(), CHECK_TIMEOUT_MS, name);
      return { name, up: true };
    } catch (error) {
      return { name, up: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async database() {
    if (!this.dataSource?.isInitialized) throw new Error('database connection not initialised');
    await this.dataSource.query('SELECT 1');
  }

  private async kafka() {
    if (!this.admin) {
      this.admin = new Kafka({
        clientId: `${this.options.serviceName}-health`,
        brokers: this.options.kafkaBrokers,
        connectionTimeout: 1_000,
        requestTimeout: 1_500,
        retry: { retries: 0 },
        logLevel: logLevel.NOTHING,
      }).admin();
    }
    try {
      await this.admin.connect();
      await this.admin.describeCluster();
    } catch (error) {
      const admin = this.admin;
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async onApplicationShutdown() {
    await this.admin?.disconnect().catch(() => undefined);
  }
}
