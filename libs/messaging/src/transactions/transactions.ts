import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

const current = new AsyncLocalStorage<EntityManager>();

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
    if (open) return work(open);
    return this.dataSource.transaction((manager) => current.run(manager, () => work(manager)));
  }

  /** The open transaction's manager; outside a transaction the data source's default manager. */
  get manager(): EntityManager {
    return current.getStore() ?? this.dataSource.manager;
  }

  /** The open transaction's manager; throws when there is none (publishing requires one). */
  requireTransaction(): EntityManager {
    const open = current.getStore();
    if (!open)
      throw new Error('events are published inside Transactions.run(), with the state change they describe');
    return open;
  }
}
