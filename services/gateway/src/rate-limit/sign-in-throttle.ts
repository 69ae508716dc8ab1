import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimitedException } from './rate-limiter';
import { backoffSeconds, FREE_FAILURES } from './sign-in-backoff';

export interface SignInAttempt {
  /** The account asked for (also counted when no such account exists). */
  email: string;
  address: string;
}

const subjects = (attempt: SignInAttempt) => ({
  account: `account:${attempt.email.toLowerCase()}`,
  address: `address:${attempt.address}`,
});

/**
 * Failed sign-ins per account and per address, shared by every gateway replica through PostgreSQL;
 * each failure beyond the free ones doubles the wait. A run of failures is forgotten after an hour.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Throws 429 (with the seconds to wait) while the account or the address is held back. */
  async assertAllowed(attempt: SignInAttempt): Promise<void> {
    const { account, address } = subjects(attempt);
    const [row] = await this.dataSource.query(
      `SELECT max(ceil(extract(epoch FROM blocked_until - now())))::int AS wait
         FROM sign_in_failures WHERE subject IN ($1, $2) AND blocked_until > now()`,
      [account, address],
    );
    if (row?.wait > 0) throw new RateLimitedException(row.wait, 'too many failed sign-ins');
  }

  async recordFailure(attempt: SignInAttempt): Promise<void> {
    for (const [kind, subject] of Object.entries(subjects(attempt)) as Array<
      [keyof typeof FREE_FAILURES, string]
    >) {
      const [{ failures }] = await this.dataSource.query(
        `INSERT INTO sign_in_failures (subject, failures, last_failure_at, blocked_until)
         VALUES ($1, 1, now(), now())
         ON CONFLICT (subject) DO UPDATE SET last_failure_at = now(), failures = CASE
           WHEN sign_in_failures.last_failure_at < now() - interval '1 hour' THEN 1
           ELSE sign_in_failures.failures + 1 END
         RETURNING failures`,
        [subject],
      );
      await this.dataSource.query(
        `UPDATE sign_in_failures SET blocked_until = now() + make_interval(secs => $2) WHERE subject = $1`,
        [subject, backoffSeconds(failures, FREE_FAILURES[kind])],
      );
    }
  }

  /** A successful sign-in clears the account's failures (not the address's: one good account must not
   * let an address go on guessing others). */
  async recordSuccess(attempt: SignInAttempt): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failures WHERE subject = $1`, [
      subjects(attempt).account,
    ]);
  }
}
