import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AgreementActivatedV1, AgreementExpiredV1, AgreementExpiringV1, TimeZones } from '@sinergi/contracts';
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
 * "Today" is each agreement's own local date, in the time zone its last signature fixed, so an
 * agreement of a WIT regency starts at 00:00 WIT, two hours before one of a WIB regency.
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

  /** Applies every transition due today (by the injectable clock) in each time zone; returns what changed. */
  async runDueTransitions() {
    const changed = { activated: [] as string[], expired: [] as string[], expiring: [] as string[] };
    for (const timeZone of TimeZones) {
      const today = this.clock.today(timeZone);
      changed.activated.push(...(await this.activateStarted(today, timeZone)));
      changed.expired.push(...(await this.expireEnded(today, timeZone)));
      changed.expiring.push(...(await this.announceExpiring(today, timeZone)));
    }
    return changed;
  }

  private activateStarted(today: string, timeZone: string): Promise<string[]> {
    return this.transition(
      `status = 'SIGNED' AND start_date <= $1::date`,
      'ACTIVE',
      'ACTIVATED',
      AgreementActivatedV1,
      today,
      timeZone,
    );
  }

  private expireEnded(today: string, timeZone: string): Promise<string[]> {
    return this.transition(
      `status = 'ACTIVE' AND end_date < $1::date`,
      'EXPIRED',
      'EXPIRED',
      AgreementExpiredV1,
      today,
      timeZone,
    );
  }

  /**
   * Moves every agreement of `timeZone` matching `due` (a fixed SQL condition on `$1` = today there)
   * to `status`.
   */
  private transition(
    due: string,
    status: 'ACTIVE' | 'EXPIRED',
    action: 'ACTIVATED' | 'EXPIRED',
    event: typeof AgreementActivatedV1 | typeof AgreementExpiredV1,
    today: string,
    timeZone: string,
  ): Promise<string[]> {
    return this.transactions.run(async (manager) => {
      const [rows]: [Array<{ id: string; version: number }>, number] = await manager.query(
        `UPDATE agreements SET status = $3, updated_at = $2
          WHERE ${due} AND time_zone = $4
          RETURNING id, version`,
        [today, this.clock.now(), status, timeZone],
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

  private announceExpiring(today: string, timeZone: string): Promise<string[]> {
    return this.transactions.run(async (manager) => {
      const [rows]: [Array<{ id: string; endDate: string }>, number] = await manager.query(
        `UPDATE agreements SET expiring_announced = true
          WHERE status IN ('SIGNED', 'ACTIVE') AND NOT expiring_announced
            AND end_date <= $1::date + $2::int AND time_zone = $3
          RETURNING id, end_date::text AS "endDate"`,
        [today, EXPIRING_NOTICE_DAYS, timeZone],
      );
      for (const row of rows)
        await this.events.publish(AgreementExpiringV1, row.id, { endDate: row.endDate });
      return rows.map((r) => r.id);
    });
  }
}
