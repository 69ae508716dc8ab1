import { Injectable, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReadinessMetrics } from '../metrics/metrics';
import { withTimeout } from '../time/with-timeout';

/**
 * up: answers. degraded: an optional dependency does not answer; the service still serves (e.g.
 * Kafka: commands wait in the outbox). down: a required dependency does not answer; not ready.
 */
export type DependencyState = 'up' | 'degraded' | 'down';

export interface DependencyStatus {
  name: string;
  up: boolean;
  state: DependencyState;
  error?: string;
}

/** A dependency the readiness check probes. */
export interface DependencyProbe {
  name: string;
  /** Required: the service is not ready without it. Optional: reported as degraded, still ready. */
  required: boolean;
  /** Resolves when the dependency answers; throws (or takes longer than 2 s) when it does not. */
  check(): Promise<void>;
}

/** One event consumer of the service as readiness reports it. */
export interface ConsumerStatus {
  name: string;
  state: 'joining' | 'joined' | 'stopped';
  reason?: string;
  /** False when the consumer is stopped for a reason other than an unreachable broker. */
  ready: boolean;
}

export interface Readiness {
  ready: boolean;
  dependencies: DependencyStatus[];
  consumers: ConsumerStatus[];
}

const CHECK_TIMEOUT_MS = 2_000;
/** Metrics are refreshed this often even when nothing calls /health/ready. */
const REFRESH_INTERVAL_MS = 10_000;

/**
 * Readiness: every required dependency answers (the database), and no event consumer is stopped
 * for a reason other than an unreachable broker. Optional dependencies (Kafka, registered by the
 * messaging library) are reported as degraded without making the service unready. Liveness
 * (/health/live) never depends on any of this.
 */
@Injectable()
export class ReadinessService implements OnModuleInit, OnApplicationShutdown {
  private shuttingDown = false;
  private readonly probes: DependencyProbe[] = [];
  private readonly consumerSources: Array<() => ConsumerStatus[]> = [];
  private timer?: NodeJS.Timeout;
  /** Checks under way: shutdown waits for them, so none outlives the clients it probes with. */
  private readonly running = new Set<Promise<unknown>>();

  constructor(@Optional() private readonly dataSource?: DataSource) {
    this.probes.push({ name: 'database', required: true, check: () => this.database() });
  }

  onModuleInit() {
    this.timer = setInterval(() => void this.check().catch(() => undefined), REFRESH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Adds a dependency to the check (called by libraries at module init). */
  addDependency(probe: DependencyProbe) {
    this.probes.push(probe);
  }

  /** Adds a source of consumer states to the check. */
  addConsumers(source: () => ConsumerStatus[]) {
    this.consumerSources.push(source);
  }

  /** Called first on shutdown so load balancers stop sending traffic. */
  markShuttingDown() {
    this.shuttingDown = true;
  }

  check(): Promise<Readiness> {
    const checking = this.checkOnce();
    const settled = checking.catch(() => undefined);
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return checking;
  }

  private async checkOnce(): Promise<Readiness> {
    const dependencies = await Promise.all(this.probes.map((probe) => this.probe(probe)));
    const consumers = this.consumerSources.flatMap((source) => source());
    const ready =
      !this.shuttingDown && dependencies.every((d) => d.state !== 'down') && consumers.every((c) => c.ready);
    for (const d of dependencies) ReadinessMetrics.dependency(d.name, d.state);
    ReadinessMetrics.ready.set(ready ? 1 : 0);
    return { ready, dependencies, consumers };
  }

  private async probe({ name, required, check }: DependencyProbe): Promise<DependencyStatus> {
    try {
      await withTimeout(check(), CHECK_TIMEOUT_MS, name);
      return { name, up: true, state: 'up' };
    } catch (error) {
      return {
        name,
        up: false,
        state: required ? 'down' : 'degraded',
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  private async database() {
    if (!this.dataSource?.isInitialized) throw new Error('database connection not initialised');
    await this.dataSource.query('SELECT 1');
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await Promise.all(this.running);
  }
}
