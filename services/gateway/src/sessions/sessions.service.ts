import { Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { uuidv7 } from '@sinergi/contracts';
import { DomainError, Roles, type CallerIdentity } from '@sinergi/platform';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashSecret, needsRehash, passwordParameters, verifySecret } from '../auth/secret-hash';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { SignInThrottle, type SignInAttempt } from '../rate-limit/sign-in-throttle';
import { totpMandatory } from '../users/agency-roles';
import { hashCode, newRecoveryCodes } from '../users/one-time-codes';
import { userView, type UserRow } from '../users/users.service';
import { verifyTotp } from '../users/totp';
import type { ActiveSession } from './current-session';
import type { SignInRequest } from './dto';

type SignInRow = UserRow & { agency_totp_required: boolean };

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const WRONG_CREDENTIALS = 'wrong email, password or code';

/** The caller identity of a signed-in person; `clientId` names them in the services' records. */
export const callerOfUser = (
  user: Pick<UserRow, 'id' | 'name' | 'agency_code' | 'roles'>,
): CallerIdentity => ({
  clientId: `user:${user.id}`,
  agencyCode: user.agency_code,
  roles: user.roles,
  userId: user.id,
  userName: user.name,
});

/**
 * Sign-in with password and TOTP, and server-side browser sessions in PostgreSQL. Every request
 * reads its session from the database, so a revocation holds at once on every gateway replica.
 */
@Injectable()
export class SessionsService {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: SignInThrottle,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  private get passwordParameters() {
    return passwordParameters(this.env.PASSWORD_HASH_COST);
  }

  async signIn(input: SignInRequest, client: { address: string; userAgent?: string }) {
    const attempt: SignInAttempt = { email: input.email, address: client.address };
    await this.throttle.assertAllowed(attempt);
    const [user]: SignInRow[] = await this.dataSource.query(
      `SELECT u.*, coalesce(p.totp_required, false) AS agency_totp_required
         FROM users u LEFT JOIN agency_sign_in_policies p ON p.agency_code = u.agency_code
        WHERE u.email = $1`,
      [input.email],
    );
    // An unknown account costs the same hash as a known one, so timing does not reveal which exist.
    this.dummyHash ??= hashSecret(randomBytes(16).toString('hex'), this.passwordParameters);
    const passwordOk = await verifySecret(input.password, user?.password_hash ?? (await this.dummyHash));
    if (!user || user.status !== 'ACTIVE' || !user.password_hash || !passwordOk) {
      await this.throttle.recordFailure(attempt);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    const recoveryCodes = await this.checkSecondFactor(user, input, attempt);
    await this.throttle.recordSuccess(attempt);
    if (needsRehash(user.password_hash, this.passwordParameters))
      await this.dataSource.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
        user.id,
        await hashSecret(input.password, this.passwordParameters),
      ]);
    const session = await this.open(user.id, client);
    return { ...session, user: userView(user), ...(recoveryCodes ? { recoveryCodes } : {}) };
  }

  /** Checks TOTP or a recovery code when the person needs one; returns new recovery codes on enrolment. */
  private async checkSecondFactor(
    user: SignInRow,
    input: SignInRequest,
    attempt: SignInAttempt,
  ): Promise<string[] | undefined> {
    const fail = async () => {
      await this.throttle.recordFailure(attempt);
      return new UnauthorizedException(WRONG_CREDENTIALS);
    };
    const secret = user.totp_secret ?? user.totp_pending_secret;
    const mandatory = totpMandatory(user.roles, user.agency_totp_required);
    if (!user.totp_secret && !mandatory) return undefined;
    if (!secret)
      throw new DomainError(
        'auth.totp-enrolment-required',
        'this account must sign in with TOTP and has no authenticator yet: ask your administrator for a reset code, which comes with a TOTP secret to enrol',
      );
    if (input.recoveryCode && user.totp_secret) {
      // TypeORM answers UPDATE with [rows, affected count].
      const [, used]: [unknown[], number] = await this.dataSource.query(
        `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
        [user.id, hashCode(input.recoveryCode)],
      );
      if (used === 0) throw await fail();
      return undefined;
    }
    if (!input.totp)
      throw new DomainError(
        'auth.totp-required',
        'enter the 6-digit code of your authenticator app (totp), or a recovery code (recoveryCode)',
      );
    const lastStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
    const step = verifyTotp(secret, input.totp, lastStep);
    if (step === undefined) throw await fail();
    // Only one request can move the step forward: a code replayed concurrently is refused.
    const [, moved]: [unknown[], number] = await this.dataSource.query(
      `UPDATE users SET totp_last_step = $2, totp_secret = $3, totp_pending_secret = NULL
        WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [user.id, step, secret],
    );
    if (moved === 0) throw await fail();
    if (user.totp_secret) return undefined;
    user.totp_secret = secret; // enrolled just now
    return this.replaceRecoveryCodes(user.id);
  }

  /** Ten new single-use recovery codes (shown once); the old ones stop working. */
  async replaceRecoveryCodes(userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
      await manager.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
        userId,
        codes.map(hashCode),
      ]);
    });
    return codes;
  }

  private async open(userId: string, client: { address: string; userAgent?: string }) {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const [row] = await this.dataSource.query(
      `INSERT INTO user_sessions (id, token_hash, csrf_token, user_id, expires_at, address, user_agent)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), $6, $7)
       RETURNING id, created_at AS "createdAt", expires_at AS "expiresAt"`,
      [
        uuidv7(),
        sha256(token),
        csrfToken,
        userId,
        this.env.SESSION_MAX_HOURS,
        client.address,
        client.userAgent?.slice(0, 300) ?? null,
      ],
    );
    return {
      token,
      csrfToken,
      session: { ...row, idleTimeoutSeconds: this.env.SESSION_IDLE_MINUTES * 60 },
    };
  }

  /** The live session of a cookie token, and its person as the caller; undefined when ended. */
  async authenticate(token: string): Promise<{ session: ActiveSession; caller: CallerIdentity } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.csrf_token, s.last_seen_at < now() - interval '1 minute' AS stale,
              u.id, u.name, u.agency_code, u.roles
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2) AND u.status = 'ACTIVE'`,
      [sha256(token), this.env.SESSION_IDLE_MINUTES],
    );
    if (!row) return undefined;
    // The idle clock is kept to the minute, which spares a write on most requests.
    if (row.stale)
      await this.dataSource.query(`UPDATE user_sessions SET last_seen_at = now() WHERE id = $1`, [
        row.session_id,
      ]);
    return {
      session: { id: row.session_id, userId: row.id, csrfToken: row.csrf_token },
      caller: callerOfUser(row),
    };
  }

  /** The person's live sessions, newest first. */
  async listOf(userId: string, currentSessionId?: string) {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
              address, user_agent AS "userAgent"
         FROM user_sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
          AND last_seen_at > now() - make_interval(mins => $2)
        ORDER BY created_at DESC`,
      [userId, this.env.SESSION_IDLE_MINUTES],
    );
    return { items: rows.map((r) => ({ ...r, current: r.id === currentSessionId })) };
  }

  /**
   * Ends a session: the person's own, or one of a person the caller administers (agency-admin of
   * their agency, or platform-admin). Anyone else's is answered 404, as if absent.
   */
  async revoke(caller: CallerIdentity, sessionId: string): Promise<void> {
    const isPlatformAdmin = caller.roles.includes(Roles.platformAdmin);
    const isAgencyAdmin = caller.roles.includes(Roles.agencyAdmin);
    const [, revoked]: [unknown[], number] = await this.dataSource.query(
      `UPDATE user_sessions s SET revoked_at = now(), revoked_by = $2
         FROM users u
        WHERE s.id = $1 AND u.id = s.user_id AND s.revoked_at IS NULL
          AND (u.id = $3 OR $4 OR ($5 AND u.agency_code = $6))`,
      [sessionId, caller.clientId, caller.userId ?? null, isPlatformAdmin, isAgencyAdmin, caller.agencyCode],
    );
    if (revoked === 0) throw new NotFoundException(`no live session ${sessionId}`);
  }

  /** Ends every other session of the person (after a password change). */
  async revokeOthers(userId: string, keepSessionId: string | undefined, by: string) {
    await this.dataSource.query(
      `UPDATE user_sessions SET revoked_at = now(), revoked_by = $3
        WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, keepSessionId ?? null, by],
    );
  }

  static requirePerson(caller: CallerIdentity): string {
    if (!caller.userId)
      throw new DomainError(
        'auth.person-required',
        'this route is for people signed in with a session, not API clients',
      );
    return caller.userId;
  }
}
