import { Injectable, UnauthorizedException } from '@nestjs/common';
import { DomainError } from '@sinergi/platform';
import { DataSource } from 'typeorm';
import { verifySecret } from '../auth/secret-hash';
import { SessionsService } from '../sessions/sessions.service';
import { newTotpSecret, verifyTotp } from '../users/totp';
import { userView, UsersService, type UserRow } from '../users/users.service';

/** What a signed-in person does to their own account. */
@Injectable()
export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  private async row(userId: string): Promise<UserRow> {
    const [row]: UserRow[] = await this.dataSource.query(`SELECT * FROM users WHERE id = $1`, [userId]);
    return row;
  }

  async profile(userId: string) {
    return userView(await this.row(userId));
  }

  /** Every other session of the person ends; this one goes on. */
  async changePassword(userId: string, sessionId: string | undefined, current: string, next: string) {
    const row = await this.row(userId);
    if (!row.password_hash || !(await verifySecret(current, row.password_hash)))
      throw new UnauthorizedException('the current password is wrong');
    await this.users.assertAcceptablePassword(row, next, 'newPassword');
    await this.dataSource.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [
      userId,
      await this.users.hashPassword(next),
    ]);
    await this.sessions.revokeOthers(userId, sessionId, `user:${userId}`);
    return { changed: true };
  }

  /** A new authenticator secret, active once confirmed with a code from it. */
  async startTotpEnrolment(userId: string) {
    const row = await this.row(userId);
    if (row.totp_secret)
      throw new DomainError('user.totp-invalid-state', 'TOTP is already set up for this account');
    const enrolment = newTotpSecret(row.email);
    await this.dataSource.query(`UPDATE users SET totp_pending_secret = $2 WHERE id = $1`, [
      userId,
      enrolment.secret,
    ]);
    return enrolment;
  }

  async confirmTotpEnrolment(userId: string, code: string) {
    const row = await this.row(userId);
    if (row.totp_secret)
      throw new DomainError('user.totp-invalid-state', 'TOTP is already set up for this account');
    if (!row.totp_pending_secret)
      throw new DomainError('user.totp-invalid-state', 'start with POST /api/v1/me/totp');
    const step = verifyTotp(row.totp_pending_secret, code, null);
    if (step === undefined) throw new UnauthorizedException('wrong TOTP code');
    await this.dataSource.query(
      `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $2
        WHERE id = $1`,
      [userId, step],
    );
    return { recoveryCodes: await this.sessions.replaceRecoveryCodes(userId) };
  }
}
