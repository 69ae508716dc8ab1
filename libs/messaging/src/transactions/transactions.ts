import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

interface OpenTransaction {
  manager: EntityManager;
  /** Run in order after the work, before COMMIT. */
  beforeCommit: Array<() => Promise<void>>;
}

const current = new AsyncLocalStorage<OpenTransaction>();

/**
 * The unit of work of a service: state changes and the events they publish commit together.
 * Code inside `run` (and anything it calls) shares one transaction through `manager`.
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction, or joins the one already open in this async context. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = current.getStore();
    if (open) return work(open.manager);
    return this.dataSource.transaction((manager) => {
      const transaction: OpenTransaction = { manager, beforeCommit: [] };
      // The tasks run in the transaction's context too: one may publish, or register another.
      return current.run(transaction, async () => {
        const result = await work(manager);
        for (const task of transaction.beforeCommit) await task();
        return result;
      });
    });
  }

  /** The open transaction's manager; outside a transaction the data source's default manager. */
  get manager(): EntityManager {
    return current.getStore()?.manager ?? this.dataSource.manager;
  }

  /** The open transaction's manager; throws when there is none (publishing requires one). */
  requireTransaction(): EntityManager {
    return this.requireOpen().manager;
  }

  /**
   * Runs `task` last in the open transaction, after its work, before it commits (in the order
   * registered); a failing task rolls the transaction back. Throws when no transaction is open.
   */
  beforeCommit(task: () => Promise<void>): void {
    this.requireOpen().beforeCommit.push(task);
  }

  private requireOpen(): OpenTransaction {
    const open = current.getStore();
    if (!open)
      throw new Error('events are published inside Transactions.run(), with the state change they describe');
    return open;
  }
}
