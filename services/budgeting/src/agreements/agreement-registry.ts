import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import { AgreementRecord, type AgreementStatus } from './agreement.entity';

interface AgreementChange {
  status?: AgreementStatus;
  partyCodes?: string[];
  startDate?: string;
  endDate?: string;
  timeZone?: string;
}

/** The agreement read model: written by the agreement event handlers, read by budgets and allocations. */
@Injectable()
export class AgreementRegistry {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  find(id: string): Promise<AgreementRecord | null> {
    return this.transactions.manager.findOneBy(AgreementRecord, { id });
  }

  /**
   * Reads the agreement with a share lock, so a termination or expiry being recorded at the same
   * time waits for this transaction and then sees what it created (or this one sees the new status).
   */
  findLockedForShare(id: string): Promise<AgreementRecord | null> {
    return this.transactions
      .requireTransaction()
      .findOne(AgreementRecord, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /** Locks the agreement row against concurrent funding decisions until the transaction ends. */
  async lockForUpdate(id: string): Promise<void> {
    await this.transactions
      .requireTransaction()
      .query(`SELECT id FROM agreements WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Applies what an event says about an agreement, creating the record when it is the first one seen. */
  async record(id: string, change: AgreementChange): Promise<void> {
    const manager = this.transactions.manager;
    await manager.query(
      `INSERT INTO agreements (id, status, updated_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
      [id, change.status ?? 'DRAFT', this.clock.now()],
    );
    // the change takes hold once no funding decision holds the agreement: that moment is its time
    await manager.query(`SELECT id FROM agreements WHERE id = $1 FOR UPDATE`, [id]);
    await manager.update(AgreementRecord, { id }, { ...change, updatedAt: this.clock.now() });
  }
}
