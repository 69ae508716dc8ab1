import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { uuidv7 } from '@sinergi/contracts';
import {
  DomainError,
  InvalidInputException,
  Roles,
  toPage,
  type CallerIdentity,
  type FieldError,
} from '@sinergi/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { hashSecret, passwordParameters } from '../auth/secret-hash';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { AccountCodeDelivery, type IssuedCode } from './account-code-delivery';
import { AgencyDirectory } from './agency-directory';
import { rolesRefusedFor, totpMandatory } from './agency-roles';
import type { CreateUserRequest, UpdateUserRequest, UserListQuery } from './dto';
import { ACCOUNT_CODE_TTL_HOURS, hashCode, newAccountCode } from './one-time-codes';
import { passwordProblem } from './password-policy';
import { newTotpSecret } from './totp';

export interface UserRow {
  id: string;
  agency_code: string;
  email: string;
  name: string;
  nip: string | null;
  roles: string[];
  status: 'INVITED' | 'ACTIVE' | 'DISABLED';
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: string | null;
  created_at: Date;
}

/** What the API shows of a person: never a hash or a secret. */
export function userView(row: UserRow) {
  return {
    id: row.id,
    agencyCode: row.agency_code,
    email: row.email,
    name: row.name,
    nip: row.nip,
    roles: row.roles,
    status: row.status,
    totpEnabled: row.totp_secret !== null,
    createdAt: row.created_at,
  };
}
export type UserView = ReturnType<typeof userView>;

const isPlatformAdmin = (caller: CallerIdentity) => caller.roles.includes(Roles.platformAdmin);

/** People's accounts: platform-admins manage everyone, agency-admins the people of their own agency. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyDirectory,
    private readonly delivery: AccountCodeDelivery,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  /** The agency whose people the caller manages, or undefined for all agencies. */
  private managedAgency(caller: CallerIdentity): string | undefined {
    if (isPlatformAdmin(caller)) return undefined;
    if (caller.roles.includes(Roles.agencyAdmin)) return caller.agencyCode;
    throw new ForbiddenException('only agency-admins and platform-admins manage people');
  }

  private assertMayManageAgency(caller: CallerIdentity, agencyCode: string) {
    const managed = this.managedAgency(caller);
    if (managed !== undefined && managed !== agencyCode)
      throw new ForbiddenException(`an agency-admin of ${managed} manages only the people of ${managed}`);
  }

  private async assertRolesFit(agencyCode: string, roles: string[]) {
    const kind = await this.agencies.kindOf(agencyCode);
    if (!kind)
      throw new InvalidInputException([
        { field: 'agencyCode', message: `no agency ${agencyCode} is registered` },
      ]);
    const refused = rolesRefusedFor(kind, roles);
    if (refused.length > 0)
      throw new InvalidInputException(refused.map((message) => ({ field: 'roles', message })));
  }

  async create(caller: CallerIdentity, input: CreateUserRequest) {
    this.assertMayManageAgency(caller, input.agencyCode);
    const roles = [...new Set(input.roles)];
    await this.assertRolesFit(input.agencyCode, roles);
    return this.dataSource.transaction(async (manager) => {
      const [row]: UserRow[] = await manager.query(
        `INSERT INTO users (id, agency_code, email, name, nip, roles, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'INVITED', $7)
         ON CONFLICT (email) DO NOTHING RETURNING *`,
        [uuidv7(), input.agencyCode, input.email, input.name, input.nip ?? null, roles, caller.clientId],
      );
      if (!row)
        throw new DomainError(
          'user.email-taken',
          `a person with email ${input.email} already has an account`,
        );
      const invitation = await this.issueCode(manager, row, 'INVITATION', caller);
      return { user: userView(row), invitation };
    });
  }

  async list(caller: CallerIdentity, query: UserListQuery) {
    const managed = this.managedAgency(caller);
    if (managed !== undefined && query.agencyCode !== undefined && query.agencyCode !== managed)
      throw new ForbiddenException(`an agency-admin of ${managed} lists only the people of ${managed}`);
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT * FROM users
        WHERE ($1::uuid IS NULL OR id > $1) AND ($2::text IS NULL OR agency_code = $2)
          AND ($3::text IS NULL OR status = $3)
          AND ($5::timestamptz IS NULL OR updated_at >= $5)
        ORDER BY id LIMIT $4`,
      [
        query.cursor ?? null,
        managed ?? query.agencyCode ?? null,
        query.status ?? null,
        query.limit + 1,
        query.updatedSince ?? null,
      ],
    );
    return toPage(rows.map(userView), query.limit);
  }

  /** A person the caller manages; anyone else is answered 404, as if absent. */
  /** Within a transaction (`manager` given), the row stays locked until it ends. */
  async managedUser(caller: CallerIdentity, id: string, manager?: EntityManager) {
    const managed = this.managedAgency(caller);
    const [row]: UserRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT * FROM users WHERE id = $1 AND ($2::text IS NULL OR agency_code = $2) ${manager ? 'FOR UPDATE' : ''}`,
      [id, managed ?? null],
    );
    if (!row) throw new NotFoundException(`no user ${id}`);
    return row;
  }

  async get(caller: CallerIdentity, id: string) {
    return userView(await this.managedUser(caller, id));
  }

  async update(caller: CallerIdentity, id: string, input: UpdateUserRequest) {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.managedUser(caller, id, manager);
      const roles = input.roles ? [...new Set(input.roles)] : row.roles;
      if (input.roles) await this.assertRolesFit(row.agency_code, roles);
      // TypeORM answers UPDATE … RETURNING with [rows, affected count].
      const [[updated]]: [UserRow[], number] = await manager.query(
        `UPDATE users SET name = $2, nip = $3, roles = $4, updated_at = now() WHERE id = $1 RETURNING *`,
        [id, input.name ?? row.name, input.nip === undefined ? row.nip : input.nip, roles],
      );
      return userView(updated);
    });
  }

  /** Disabling ends every session of the person at once. */
  async setDisabled(caller: CallerIdentity, id: string, disabled: boolean) {
    if (disabled && caller.userId === id)
      throw new DomainError('user.invalid-state', 'you cannot disable your own account');
    return this.dataSource.transaction(async (manager) => {
      await this.managedUser(caller, id, manager);
      const [[updated]]: [UserRow[], number] = await manager.query(
        `UPDATE users SET updated_at = now(), status = CASE
            WHEN $2 THEN 'DISABLED'
            WHEN password_hash IS NULL THEN 'INVITED'
            ELSE 'ACTIVE' END
          WHERE id = $1 RETURNING *`,
        [id, disabled],
      );
      if (disabled)
        await manager.query(
          `UPDATE user_sessions SET revoked_at = now(), revoked_by = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
          [id, caller.clientId],
        );
      return userView(updated);
    });
  }

  /** A new one-time code to set a password; the person's sessions end, and optionally their TOTP. */
  async reset(caller: CallerIdentity, id: string, resetTotp: boolean) {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.managedUser(caller, id, manager);
      if (row.status === 'DISABLED')
        throw new DomainError('user.invalid-state', `user ${id} is disabled; enable it first`);
      if (resetTotp) {
        await manager.query(
          `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL WHERE id = $1`,
          [id],
        );
        await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [id]);
      }
      await manager.query(
        `UPDATE user_sessions SET revoked_at = now(), revoked_by = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
        [id, caller.clientId],
      );
      const purpose = row.status === 'INVITED' ? 'INVITATION' : 'RESET';
      return { user: userView(row), code: await this.issueCode(manager, row, purpose, caller) };
    });
  }

  /** Replaces any unused code of the person; a code works once, for ACCOUNT_CODE_TTL_HOURS. */
  private async issueCode(
    manager: EntityManager,
    user: UserRow,
    purpose: IssuedCode['purpose'],
    caller: CallerIdentity,
  ): Promise<IssuedCode> {
    await manager.query(`DELETE FROM user_codes WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    const code = newAccountCode();
    const [{ expires_at }] = await manager.query(
      `INSERT INTO user_codes (code_hash, user_id, purpose, expires_at, issued_by)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5) RETURNING expires_at`,
      [hashCode(code), user.id, purpose, ACCOUNT_CODE_TTL_HOURS, caller.clientId],
    );
    return this.delivery.deliver(user, code, purpose, expires_at);
  }

  /**
   * Sets the password with an invitation or reset code (no session needed). When the person must
   * use TOTP and has no authenticator yet, the answer carries a secret to enrol at the first sign-in.
   */
  async redeemCode(code: string, password: string) {
    return this.dataSource.transaction(async (manager) => {
      const [row]: Array<UserRow & { agency_totp_required: boolean }> = await manager.query(
        `SELECT u.*, coalesce(p.totp_required, false) AS agency_totp_required
           FROM user_codes c JOIN users u ON u.id = c.user_id
           LEFT JOIN agency_sign_in_policies p ON p.agency_code = u.agency_code
          WHERE c.code_hash = $1 AND c.used_at IS NULL AND c.expires_at > now() AND u.status <> 'DISABLED'
          FOR UPDATE OF c, u`,
        [hashCode(code)],
      );
      if (!row)
        throw new DomainError(
          'auth.code-invalid',
          'this code is unknown, used or expired; ask for a new one',
        );
      await this.assertAcceptablePassword(row, password, 'password');
      await manager.query(`UPDATE user_codes SET used_at = now() WHERE code_hash = $1`, [hashCode(code)]);
      let totpEnrolment: { secret: string; otpauthUri: string } | undefined;
      if (row.totp_secret === null && totpMandatory(row.roles, row.agency_totp_required))
        totpEnrolment = newTotpSecret(row.email);
      await manager.query(
        `UPDATE users SET password_hash = $2, status = 'ACTIVE', updated_at = now(),
                totp_pending_secret = coalesce($3, totp_pending_secret)
          WHERE id = $1`,
        [row.id, await this.hashPassword(password), totpEnrolment?.secret ?? null],
      );
      return { userId: row.id, email: row.email, ...(totpEnrolment ? { totpEnrolment } : {}) };
    });
  }

  async assertAcceptablePassword(user: Pick<UserRow, 'email' | 'name'>, password: string, field: string) {
    const personal = [user.email, user.email.split('@')[0], user.name, ...user.name.split(/\s+/)];
    const problem = passwordProblem(password, personal);
    if (problem) throw new InvalidInputException([{ field, message: `${field} ${problem}` } as FieldError]);
  }

  hashPassword(password: string): Promise<string> {
    return hashSecret(password, passwordParameters(this.env.PASSWORD_HASH_COST));
  }

  /** Agency-wide sign-in policy: TOTP for everyone in the agency. */
  async setSignInPolicy(caller: CallerIdentity, agencyCode: string, totpRequired: boolean) {
    this.assertMayManageAgency(caller, agencyCode);
    if (!(await this.agencies.kindOf(agencyCode))) throw new NotFoundException(`no agency ${agencyCode}`);
    await this.dataSource.query(
      `INSERT INTO agency_sign_in_policies (agency_code, totp_required, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (agency_code) DO UPDATE SET totp_required = $2, updated_by = $3, updated_at = now()`,
      [agencyCode, totpRequired, caller.clientId],
    );
    return this.signInPolicy(caller, agencyCode);
  }

  async signInPolicy(caller: CallerIdentity, agencyCode: string) {
    this.assertMayManageAgency(caller, agencyCode);
    const [policy] = await this.dataSource.query(
      `SELECT coalesce(p.totp_required, false) AS "totpRequired",
              (SELECT count(*)::int FROM users u WHERE u.agency_code = $1 AND u.status <> 'DISABLED'
                 AND u.totp_secret IS NULL) AS "peopleWithoutTotp"
         FROM (SELECT 1) one LEFT JOIN agency_sign_in_policies p ON p.agency_code = $1`,
      [agencyCode],
    );
    return { agencyCode, ...policy };
  }
}
