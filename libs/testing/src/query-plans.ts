// Proves that queries are served by indexes: records the statements a service runs, then asks
// PostgreSQL for each one's plan with sequential scans priced out. A statement that still scans a
// table has no usable index, so its cost grows with the table instead of with the answer.
import type { RunningService } from '@sinergi/platform';
import { DataSource, type Logger } from 'typeorm';

export interface RecordedStatement {
  sql: string;
  parameters: unknown[];
}

export interface StatementRecorder {
  statements(): RecordedStatement[];
  stop(): void;
}

/** Keeps every statement that reads or changes rows by a condition (not inserts, locks or catalogue reads). */
const PLANNABLE = /^\s*(select|update|delete|with)\b/i;
const NOT_A_TABLE_READ = /\b(pg_advisory|pg_catalog|information_schema|current_schema|version\(\))/i;

export function recordStatements(service: RunningService): StatementRecorder {
  const dataSource = service.app.get(DataSource);
  const original = dataSource.logger;
  const seen = new Map<string, RecordedStatement>();
  const recorder: Logger = {
    ...original,
    logQuery: (sql: string, parameters?: unknown[], runner?: never) => {
      if (PLANNABLE.test(sql) && !NOT_A_TABLE_READ.test(sql) && /\bfrom\b/i.test(sql) && !seen.has(sql))
        seen.set(sql, { sql, parameters: parameters ?? [] });
      original.logQuery(sql, parameters, runner);
    },
    logQueryError: original.logQueryError.bind(original),
    logQuerySlow: original.logQuerySlow.bind(original),
    logSchemaBuild: original.logSchemaBuild.bind(original),
    logMigration: original.logMigration.bind(original),
    log: original.log.bind(original),
  };
  Object.assign(dataSource, { logger: recorder });
  return {
    statements: () => [...seen.values()],
    stop: () => Object.assign(dataSource, { logger: original }),
  };
}

export interface FullTableRead {
  table: string;
  sql: string;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * Tables a plan reads in full: a sequential scan, or an index walked end to end (no index
 * condition) with no LIMIT above it to stop early.
 */
function tablesReadInFull(node: PlanNode, limited = false): string[] {
  const type = node['Node Type'];
  const wholeIndex = (type === 'Index Scan' || type === 'Index Only Scan') && !node['Index Cond'] && !limited;
  const own = (type === 'Seq Scan' || wholeIndex) && node['Relation Name'] ? [node['Relation Name']] : [];
  const childrenLimited = limited || type === 'Limit';
  return [...own, ...(node.Plans ?? []).flatMap((child) => tablesReadInFull(child, childrenLimited))];
}

/** Tables each statement would still read in full when PostgreSQL is told to avoid sequential scans. */
export async function fullTableReads(
  service: RunningService,
  statements: RecordedStatement[],
): Promise<FullTableRead[]> {
  const runner = service.app.get(DataSource).createQueryRunner();
  const found: FullTableRead[] = [];
  try {
    for (const { sql, parameters } of statements) {
      await runner.startTransaction();
      try {
        await runner.query('SET LOCAL enable_seqscan = off');
        const rows = (await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters)) as {
          'QUERY PLAN': { Plan: PlanNode }[];
        }[];
        for (const table of tablesReadInFull(rows[0]['QUERY PLAN'][0].Plan)) found.push({ table, sql });
      } finally {
        await runner.rollbackTransaction();
      }
    }
  } finally {
    await runner.release();
  }
  return found;
}
