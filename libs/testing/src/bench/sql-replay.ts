// The raw baseline of a command: the transactions a service committed (recorded by
// libs/testing/capture-sql.js) run again with a bare `pg` pool on a copy of the database taken
// just before the service ran them, round by round, so both sides start each round from the same rows.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { Client, Pool } from 'pg';

interface RecordedStatement {
  text: string;
  params: unknown[];
}

export interface ReplayRound {
  transactions: number;
  perSecond: number;
  statementsPerTransaction: number;
  /** This process's CPU time while the round's transactions ran (user and system), in µs. */
  cpuMicros: number;
}

/** Buffers (bytea) are recorded as `{type: 'Buffer', base64}` (libs/testing/capture-sql.js). */
const revive = (value: unknown): unknown =>
  value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer'
    ? Buffer.from((value as { base64: string }).base64, 'base64')
    : value;

/**
 * Reads a command's recorded transactions as the recorder writes them, each byte once (a whole
 * file parsed again before every round would leave its garbage to the raw round that follows).
 */
export function recordReader(file: string, marker: RegExp) {
  const read: RecordedStatement[][] = [];
  let offset = 0;
  let partial = '';
  const readNew = () => {
    if (!existsSync(file)) return;
    const fd = openSync(file, 'r');
    try {
      const chunk = Buffer.alloc(Math.max(0, fstatSync(fd).size - offset));
      offset += readSync(fd, chunk, 0, chunk.length, offset);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      // The recorder writes whole lines; one it is still writing waits for the next read.
      partial = lines.pop()!;
      for (const line of lines) {
        const statements = JSON.parse(line) as RecordedStatement[];
        if (statements.some((statement) => marker.test(statement.text))) read.push(statements);
      }
    } finally {
      closeSync(fd);
    }
  };
  return {
    /**
     * Waits until exactly `count` transactions of the command are recorded (the recorder writes
     * within a tenth of a second of a commit) and returns them; more than `count` fails at once.
     */
    async upTo(count: number, timeoutMs = 10_000): Promise<RecordedStatement[][]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        readNew();
        if (read.length > count)
          throw new Error(`${count} calls answered, but ${read.length} transactions of theirs recorded`);
        if (read.length === count) return read.slice();
        if (Date.now() > deadline)
          throw new Error(`${count} calls answered, but only ${read.length} of their transactions recorded`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** A bare `pg` pool that runs recorded transactions round after round, on one database. */
export interface Replay {
  /** Runs each transaction in BEGIN … COMMIT over the pool's connections; any error fails the baseline. */
  run(transactions: RecordedStatement[][]): Promise<ReplayRound>;
  end(): Promise<void>;
}

export function openReplay(databaseUrl: string, connections: number): Replay {
  const pool = new Pool({ connectionString: databaseUrl, max: connections });
  // pool.end() resolves before the backends have gone: the copy's DROP … WITH (FORCE) right after
  // may terminate one still closing, which reaches the pool as an idle client's error, harmless
  // then (a statement's own failure rejects its query and fails the baseline).
  pool.on('error', () => undefined);
  return {
    async run(transactions) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      let next = 0;
      let failed = false;
      const worker = async () => {
        const client = await pool.connect();
        let error: Error | undefined;
        try {
          for (let i = next++; i < transactions.length && !failed; i = next++) {
            await client.query('BEGIN');
            for (const { text, params } of transactions[i]) await client.query(text, params.map(revive));
            await client.query('COMMIT');
          }
        } catch (e) {
          // The other workers stop at their next transaction; this connection, mid-transaction, is closed.
          failed = true;
          error = e as Error;
          throw e;
        } finally {
          client.release(error);
        }
      };
      await Promise.all(Array.from({ length: connections }, worker));
      const { user, system } = process.cpuUsage(cpu);
      const seconds = (performance.now() - started) / 1000;
      const statements = transactions.reduce((sum, t) => sum + t.length, 0);
      return {
        transactions: transactions.length,
        perSecond: transactions.length / seconds,
        statementsPerTransaction: transactions.length === 0 ? 0 : statements / transactions.length,
        cpuMicros: user + system,
      };
    },
    end: () => pool.end(),
  };
}

/** Copies `database` (no one may be connected to it) so a baseline can start from the same rows. */
export async function copyDatabase(adminUrl: string, database: string, copy: string): Promise<void> {
  for (const name of [database, copy])
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a bench database name: ${name}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${copy}"`);
    await client.query(`CREATE DATABASE "${copy}" TEMPLATE "${database}"`);
    // Per-database role settings (each service role's search_path) are not part of the template.
    const { rows } = await client.query<{ role: string; setting: string }>(
      `SELECT r.rolname AS role, unnest(s.setconfig) AS setting
         FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
         JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = $1`,
      [database],
    );
    for (const { role, setting } of rows) {
      const [name, value] = [setting.slice(0, setting.indexOf('=')), setting.slice(setting.indexOf('=') + 1)];
      await client.query(
        `ALTER ROLE "${role}" IN DATABASE "${copy}" SET ${name} = '${value.replace(/'/g, "''")}'`,
      );
    }
    // The copy leaves some hundred megabytes of dirty pages behind, which the system otherwise writes
    // out during the next measurement (a core busy in the kernel for seconds): written out now.
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

export async function dropDatabaseCopy(adminUrl: string, copy: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(copy)) throw new Error(`not a bench database name: ${copy}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
