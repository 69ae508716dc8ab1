import type { PoolClient, QueryResult } from 'pg';

/** A statement sent without waiting for the answer to the one before. */
export interface PipelinedStatement {
  text: string;
  /** Without values a statement goes as a simple query (it may then hold several). */
  values?: unknown[];
}

type Send = (text: string, values?: unknown[]) => Promise<QueryResult>;

interface PipelinedClient {
  pipeline: boolean;
  query: unknown;
  connection: { stream: { cork(): void; uncork(): void } };
}

const BEGIN = /^\s*(?:START\s+TRANSACTION|BEGIN)\s*$/i;
const COMMIT = /^\s*COMMIT\s*$/i;
const ROLLBACK = /^\s*ROLLBACK\s*$/i;

/** What pg answers to a statement with no rows, for one answered here instead of by the database. */
const answered = (command: string): QueryResult =>
  ({ command, rowCount: null, oid: 0, rows: [], fields: [] }) as unknown as QueryResult;

/**
 * The pooled connection of one transaction, with two round trips fewer than typeorm makes: its BEGIN
 * goes out with its first statement, and the statements written at commit (the outbox rows) go out
 * with its COMMIT, each behind the other without waiting for its answer (pg's pipeline mode). A
 * transaction that sends no statement sends neither BEGIN nor COMMIT.
 *
 * A statement that fails aborts the transaction; the COMMIT sent behind it is then answered with
 * ROLLBACK, and the commit fails with the statement's error. Installed on the client for the
 * transaction only (`release` puts it back as the pool lent it).
 */
export class PipelinedConnection {
  private readonly client: PipelinedClient;
  private readonly send: Send;
  /** BEGIN was asked for and not sent yet. */
  private beginHeld = false;
  /** The database has a transaction open on this connection. */
  private open = false;
  private atCommit: PipelinedStatement[] = [];

  constructor(client: PoolClient) {
    this.client = client as unknown as PipelinedClient;
    const query = client.query as (...args: unknown[]) => Promise<QueryResult>;
    this.send = (text, values) => query.call(client, text, values);
    this.client.pipeline = true;
    this.client.query = (text: unknown, values?: unknown[]) =>
      typeof text === 'string' ? this.query(text, values) : query.call(client, text, values);
  }

  /** Statements to send, in this order, with the COMMIT. */
  sendWithCommit(statements: PipelinedStatement[]): void {
    this.atCommit = statements;
  }

  /**
   * Sends `statements` in one write, each run after the one before (a statement's snapshot is taken
   * when it starts, so it sees what the locks before it waited for), without waiting for the
   * answers in between; answers each one's rows. Fails with the first error.
   */
  async queryTogether(statements: PipelinedStatement[]): Promise<unknown[][]> {
    return (await this.together(statements)).map((result) => result.rows);
  }

  /** Gives the client back as it was lent; nothing may be in flight. */
  release(): void {
    delete (this.client as Partial<PipelinedClient>).query;
    this.client.pipeline = false;
  }

  private query(text: string, values?: unknown[]): Promise<QueryResult> {
    if (BEGIN.test(text)) {
      this.beginHeld = true;
      return Promise.resolve(answered('BEGIN'));
    }
    if (COMMIT.test(text)) return this.commit();
    if (ROLLBACK.test(text)) {
      this.beginHeld = false;
      this.atCommit = [];
      if (!this.open) return Promise.resolve(answered('ROLLBACK'));
      this.open = false;
      return this.send(text);
    }
    return this.together([{ text, values }]).then((results) => results[0]);
  }

  private async commit(): Promise<QueryResult> {
    const statements = this.atCommit;
    this.atCommit = [];
    if (!this.open && statements.length === 0) {
      this.beginHeld = false;
      return answered('COMMIT');
    }
    const results = await this.together([...statements, { text: 'COMMIT' }], true);
    const commit = results[results.length - 1];
    // COMMIT of an aborted transaction is answered ROLLBACK, not with an error.
    if (commit.command !== 'COMMIT')
      throw new Error(`the transaction was rolled back at commit (${commit.command})`);
    return commit;
  }

  /**
   * Sends `statements` in one write, preceded by a held BEGIN, and waits for all their answers;
   * fails with the first error among them. `ending`: the last one ends the transaction.
   */
  private async together(statements: PipelinedStatement[], ending = false): Promise<QueryResult[]> {
    const stream = this.client.connection.stream;
    const begin = this.beginHeld;
    this.beginHeld = false;
    if (begin) this.open = true;
    if (ending) this.open = false;
    let answers: Array<Promise<QueryResult>>;
    stream.cork();
    try {
      answers = [
        ...(begin ? [this.send('START TRANSACTION')] : []),
        ...statements.map((s) => this.send(s.text, s.values)),
      ];
    } finally {
      stream.uncork();
    }
    // Every answer is awaited, a failed one too, so nothing is in flight when the client goes back.
    const settled = await Promise.allSettled(answers);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const results = settled.map((s) => (s as PromiseFulfilledResult<QueryResult>).value);
    return begin ? results.slice(1) : results;
  }
}
