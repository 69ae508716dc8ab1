import { Injectable } from '@nestjs/common';
import { uuidv7 } from '@sinergi/contracts';
import { type PipelinedStatement, Transactions } from '@sinergi/messaging';
import { actingPerson, Clock, personColumns, requestContext } from '@sinergi/platform';
import { balancesFrom, type Balances } from './balances';
import type { LedgerKind } from './ledger-entry.entity';

export interface LedgerLine {
  budgetId: string;
  kind: LedgerKind;
  amount: number;
  ceilingChange?: number;
  allocatedChange?: number;
  disbursedChange?: number;
  allocationId?: string;
  disbursementId?: string;
  reason?: string;
}

/** The caller's client id, or `system` when the work was caused by an event. */
export function actingClient(): string {
  return requestContext.current()?.caller?.clientId ?? 'system';
}

/** The signed-in person behind the current request, as a record's two person columns. */
export function actingPersonColumns<Id extends string, Name extends string>(id: Id, name: Name) {
  const [userId, userName] = personColumns(actingPerson());
  return { [id]: userId, [name]: userName } as Record<Id, string | null> & Record<Name, string | null>;
}

/** A budget's totals as `BALANCE_COLUMNS` reads them (PostgreSQL hands bigints back as strings). */
interface BalanceRow {
  budget_id: string;
  ceiling: string;
  allocated: string;
  disbursed: string;
}

const BALANCE_COLUMNS = `id AS budget_id, ceiling_total AS ceiling, allocated_total AS allocated,
                         disbursed_total AS disbursed`;

const balancesOfRow = (row: BalanceRow): Balances =>
  balancesFrom({
    ceiling: Number(row.ceiling),
    allocated: Number(row.allocated),
    disbursed: Number(row.disbursed),
  });

/** Appends entries and derives balances; it is the only writer of `ledger_entries`. */
@Injectable()
export class Ledger {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /**
   * Locks the budget row until the transaction ends, so every command that moves this budget's
   * money runs one after the other (across replicas), and returns the balances under that lock.
   */
  async lockBalances(budgetId: string): Promise<Balances> {
    const [row]: BalanceRow[] = await this.transactions
      .requireTransaction()
      .query(`SELECT ${BALANCE_COLUMNS} FROM budgets WHERE id = $1 FOR UPDATE`, [budgetId]);
    return balancesOfRow(row);
  }

  /** Balances from the totals the ledger keeps on each budget row (a trigger adds every entry). */
  async balancesOf(budgetIds: string[]): Promise<Map<string, Balances>> {
    const rows: BalanceRow[] = await this.transactions.manager.query(
      `SELECT ${BALANCE_COLUMNS} FROM budgets WHERE id = ANY ($1::uuid[])`,
      [budgetIds],
    );
    return new Map(rows.map((r) => [r.budget_id, balancesOfRow(r)]));
  }

  /** Money disbursed per allocation. */
  async disbursedOf(allocationIds: string[]): Promise<Map<string, number>> {
    const rows: Array<{ allocation_id: string; disbursed: string }> = await this.transactions.manager.query(
      `SELECT allocation_id, SUM(disbursed_change) AS disbursed FROM ledger_entries
        WHERE allocation_id = ANY ($1::uuid[]) GROUP BY allocation_id`,
      [allocationIds],
    );
    return new Map(rows.map((r) => [r.allocation_id, Number(r.disbursed)]));
  }

  async append(line: LedgerLine): Promise<void> {
    const { text, values } = this.entry(line);
    await this.transactions.requireTransaction().query(text, values);
  }

  /**
   * Appends `line` with the commit (Transactions.atCommit), for a command that reads neither the
   * ledger nor the balances after it.
   */
  appendAtCommit(line: LedgerLine): void {
    this.transactions.atCommit(this.entry(line));
  }

  private entry(line: LedgerLine): PipelinedStatement {
    const context = requestContext.current();
    return {
      text: `INSERT INTO ledger_entries (id, kind, budget_id, amount, ceiling_change, allocated_change, disbursed_change,
                                   allocation_id, disbursement_id, reason, recorded_by, recorded_by_user_id,
                                   recorded_by_user_name, caused_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      values: [
        uuidv7(),
        line.kind,
        line.budgetId,
        line.amount,
        line.ceilingChange ?? 0,
        line.allocatedChange ?? 0,
        line.disbursedChange ?? 0,
        line.allocationId ?? null,
        line.disbursementId ?? null,
        line.reason ?? null,
        actingClient(),
        ...personColumns(actingPerson()),
        context?.causationId ?? context?.correlationId ?? null,
        this.clock.now(),
      ],
    };
  }
}
