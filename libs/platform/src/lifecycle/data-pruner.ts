import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import type { ServiceEnv } from '../config/env';
import { SERVICE_ENV } from '../platform-options';

/** Rows of one table that may go once they are older than the retention. */
export interface PruneRule {
  /** A table of the service's schema (a constant of the code, never input). */
  table: string;
  /** Its timestamp column the retention counts from. */
  column: string;
  retentionSeconds: number;
  /** Rows that stay whatever their age: an SQL condition on the table's row (a constant of the code). */
  keep?: string;
}

const BATCH = 5_000;

const pruned = new Counter({
  name: 'sinergi_pruned_rows_total',
  help: 'Rows deleted by the data lifecycle pruning, per table',
  labelNames: ['table'],
});

/**
 * Deletes expired rows (inbox records, published outbox rows, idempotency records, rate-limit
 * windows …) every PRUNE_INTERVAL_MINUTES, in batches so no statement holds locks for long.
 * Libraries and services register their tables at module init; the retentions come from the
 * environment. Every replica prunes; the deletes are idempotent.
 */
@Injectable()
export class DataPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DataPruner.name);
  private readonly rules: PruneRule[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(SERVICE_ENV) private readonly env: ServiceEnv,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  register(rule: PruneRule) {
    if (!/^[a-z_][a-z0-9_]*$/.test(rule.table) || !/^[a-z_][a-z0-9_]*$/.test(rule.column))
      throw new Error(`prune rule ${rule.table}.${rule.column}: not a plain SQL identifier`);
    this.rules.push(rule);
  }

  /** The registered rules (for the operations docs and tests). */
  list(): readonly PruneRule[] {
    return this.rules;
  }

  onApplicationBootstrap() {
    if (!this.dataSource) return;
    this.timer = setInterval(() => void this.prune(), this.env.PRUNE_INTERVAL_MINUTES * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  private async prune() {
    if (this.running) return;
    this.running = this.pruneNow()
      .catch((error: Error) => this.logger.warn(`pruning failed: ${error.message}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }

  /** Deletes every expired row now; returns how many per table. */
  async pruneNow(): Promise<Record<string, number>> {
    if (!this.dataSource) throw new Error('no database to prune');
    const counts: Record<string, number> = {};
    for (const { table, column, retentionSeconds, keep } of this.rules) {
      let total = 0;
      for (;;) {
        const [, deleted] = (await this.dataSource.query(
          `DELETE FROM ${table} WHERE ctid IN (
             SELECT ctid FROM ${table} WHERE ${column} < now() - make_interval(secs => $1)
             ${keep ? `AND NOT (${keep})` : ''} LIMIT ${BATCH})`,
          [retentionSeconds],
        )) as [unknown, number];
        total += deleted;
        if (deleted < BATCH) break;
      }
      counts[table] = (counts[table] ?? 0) + total;
      if (total > 0) {
        pruned.inc({ table }, total);
        this.logger.log(`pruned ${total} row(s) of ${table} older than ${retentionSeconds} s`);
      }
    }
    return counts;
  }
}
