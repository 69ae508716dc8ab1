import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AgreementActivatedV1, AgreementExpiredV1, AgreementExpiringV1 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import { AgreementHistory, SCHEDULER_ACTOR } from './agreement-history';

export const SCHEDULER_INTERVAL_MS = 60_000;
export const EXPIRING_NOTICE_DAYS = 90;

/**
 * Date-driven transitions: SIGNED → ACTIVE on the start date, ACTIVE → EXPIRED after the end date,
 * and the one-off `agreement.expiring` notice 90 days before the end date. Each step is a conditional
 * UPDATE … RETURNING, so with several replicas running it at once every row changes (and its event
 * is published) exactly once. (TypeORM answers an UPDATE … RETURNING with [rows, affected count].)
 */
@Injectable()
export class AgreementScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AgreementScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly history: AgreementHistory,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.running ??= this.runDueTransitions()
        .catch((error: Error) => this.logger.error(`due transitions failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy() {
    clearInterval(this.timer);
    await this.running;
  }

  /** Applies every transition due today (by the injectable clock); returns what changed. */
  async runDueTransitions() {
    const today = this.clock.today();
    const activated = await this.activateStarted(today);
    const expired = await this.expireEnded(today);
    const expiring = await this.announceExpiring(today);
    return { activated, expired, expiring };
  }

  private activateStarted(today: string): Promise<string[]> {
    return this.transition(
      `status = 'SIGNED' AND start_date <= $1::date`,
      'ACTIVE',
      'ACTIVATED',
      AgreementActivatedV1,
      today,
    );
  }

  private expireEnded(today: string): Promise<string[]> {
    return this.transition(
      `status = 'ACTIVE' AND end_date < $1::date`,
      'EXPIRED',
      'EXPIRED',
      AgreementExpiredV1,
      today,
    );
  }

  /** Moves every agreement matching `due` (a fixed SQL condition on `$1` = today) to `status`. */
  private transition(
    due: string,
    status: 'ACTIVE' | 'EXPIRED',
    action: 'ACTIVATED' | 'EXPIRED',
    event: typeof AgreementActivatedV1 | typeof AgreementExpiredV1,
    today: string,
  ): Promise<string[]> {
    return this.transactions.run(async (manager) => {
      const [rows]: [Array<{ id: string; version: number }>, number] = await manager.query(
        `UPDATE agreements SET status = $3, updated_at = $2 WHERE ${due} RETURNING id, version`,
        [today, this.clock.now(), status],
      );
      for (const row of rows) {
        await this.history.record(manager, {
          agreementId: row.id,
          version: row.version,
          action,
          actor: SCHEDULER_ACTOR,
          at: this.clock.now(),
        });
        await this.events.publish(event, row.id, {});
      }
      return rows.map((r) => r.id);
    });
  }

  private announceExpiring(today: string): Promise<string[]> {
    return this.transactions.run(async (manager) => {
      const [rows]: [Array<{ id: string; endDate: string }>, number] = await manager.query(
        `UPDATE agreements SET expiring_announced = true
          WHERE status IN ('SIGNED', 'ACTIVE') AND NOT expiring_announced
            AND end_date <= $1::date + $2::int
          RETURNING id, end_date::text AS "endDate"`,
        [today, EXPIRING_NOTICE_DAYS],
      );
      for (const row of rows)
        await this.events.publish(AgreementExpiringV1, row.id, { endDate: row.endDate });
      return rows.map((r) => r.id);
    });
  }
}
