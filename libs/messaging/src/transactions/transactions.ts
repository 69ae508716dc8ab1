import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { PipelinedConnection, type PipelinedStatement } from './pipelined-connection';

interface OpenTransaction {
  manager: EntityManager;
  connection: PipelinedConnection;
  /** Run in order after the work, before COMMIT. */
  beforeCommit: Array<() => Promise<void>>;
  /** Statements made after those tasks, sent in this order with the COMMIT. */
  atCommit: Array<() => PipelinedStatement>;
}

const current = new AsyncLocalStorage<OpenTransaction>();

/**
 * The unit of work of a service: state changes and the events they publish commit together.
 * Code inside `run` (and anything it calls) shares one transaction through `manager`.
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a transaction, or joins the one already open in this async context. Its BEGIN
   * goes out with its first statement and the statements of `atCommit` with its COMMIT
   * (PipelinedConnection).
   */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = current.getStore();
    if (open) return work(open.manager);
    const runner = this.dataSource.createQueryRunner();
    const connection = new PipelinedConnection((await runner.connect()) as PoolClient);
    try {
      await runner.startTransaction();
      const transaction: OpenTransaction = {
        manager: runner.manager,
        connection,
        beforeCommit: [],
        atCommit: [],
      };
      // The tasks run in the transaction's context too: one may publish, or register another.
      const result = await current.run(transaction, async () => {
        const value = await work(runner.manager);
        for (const task of transaction.beforeCommit) await task();
        return value;
      });
      connection.sendWithCommit(transaction.atCommit.map((statement) => statement()));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      connection.release();
      await runner.release();
    }
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

  /**
   * Reads that do not depend on each other's answers, sent in one write in the open transaction and
   * run in this order (PipelinedConnection.queryTogether); answers each one's rows. Throws when no
   * transaction is open.
   */
  queryTogether(statements: PipelinedStatement[]): Promise<unknown[][]> {
    return this.requireOpen().connection.queryTogether(statements);
  }

  /**
   * A write whose answer nothing reads (the outbox rows, an access log, a row already locked and
   * checked): sent with the COMMIT, after the transaction's other statements and beforeCommit tasks,
   * in the order registered, without waiting for the answers in between. A failing one rolls the
   * whole transaction back, and the commit fails with its error. A function is called at commit, for
   * a statement that gathers what the transaction did. Throws when no transaction is open.
   */
  atCommit(statement: PipelinedStatement | (() => PipelinedStatement)): void {
    this.requireOpen().atCommit.push(typeof statement === 'function' ? statement : () => statement);
  }

  private requireOpen(): OpenTransaction {
    const open = current.getStore();
    if (!open)
      throw new Error(
        'events are published, and writes left for the commit made, inside Transactions.run(), with the state change they describe',
      );
    return open;
  }
}
