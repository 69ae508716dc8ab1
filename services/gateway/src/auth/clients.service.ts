import {
  BadRequestException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
  UnauthorizedException,
} from '@nestjs/common';
import { type CallerIdentity, DomainError, Roles } from '@sinergi/platform';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { SignInThrottle } from '../rate-limit/sign-in-throttle';
import { accessTokens } from './access-token';
import { generateSecret, hashSecret, verifySecret } from './secret-hash';

export const ALL_ROLES = Object.values(Roles);

interface ClientRow {
  client_id: string;
  agency_code: string;
  roles: string[];
  secret_hash: string;
  disabled: boolean;
}

export interface ClientView {
  clientId: string;
  name: string;
  agencyCode: string;
  roles: string[];
  createdBy: string | null;
  createdAt: Date;
  disabledAt: Date | null;
  disabledBy: string | null;
  secretRotatedAt: Date | null;
}

const CLIENT_VIEW = `client_id AS "clientId", name, agency_code AS "agencyCode", roles, created_by AS "createdBy",
  created_at AS "createdAt", disabled_at AS "disabledAt", disabled_by AS "disabledBy",
  secret_rotated_at AS "secretRotatedAt"`;

const WRONG_CREDENTIALS = 'unknown client, wrong secret or disabled client';

/** API clients: hashed secrets, access tokens, and the first platform-admin from the environment. */
@Injectable()
export class ClientsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ClientsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: SignInThrottle,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  async onApplicationBootstrap() {
    const hash = await hashSecret(this.env.ADMIN_CLIENT_SECRET);
    const [existing] = await this.dataSource.query(
      `SELECT secret_hash FROM api_clients WHERE client_id = $1`,
      [this.env.ADMIN_CLIENT_ID],
    );
    if (existing && (await verifySecret(this.env.ADMIN_CLIENT_SECRET, existing.secret_hash))) return;
    await this.dataSource.query(
      `INSERT INTO api_clients (client_id, name, agency_code, roles, secret_hash, created_by)
       VALUES ($1, 'Platform administrator', 'PLATFORM', $2, $3, 'environment')
       ON CONFLICT (client_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, roles = EXCLUDED.roles`,
      [this.env.ADMIN_CLIENT_ID, [Roles.platformAdmin], hash],
    );
    this.logger.log(`platform-admin client "${this.env.ADMIN_CLIENT_ID}" set from the environment`);
  }

  /**
   * A token for valid credentials. Failures are throttled per client id and per source address
   * (shared with people's sign-ins: growing back-off, 429 with Retry-After), also for unknown ids.
   */
  async issueToken(clientId: string, clientSecret: string, address: string) {
    // Subjects "account:client:<id>": an e-mail address cannot contain the colon.
    const attempt = { email: `client:${clientId}`, address };
    await this.throttle.assertAllowed(attempt);
    const [client]: ClientRow[] = await this.dataSource.query(
      `SELECT client_id, agency_code, roles, secret_hash, disabled_at IS NOT NULL AS disabled
         FROM api_clients WHERE client_id = $1`,
      [clientId],
    );
    // Verify against a dummy hash when the client is unknown, so timing does not reveal which ids exist.
    const valid = await verifySecret(clientSecret, client?.secret_hash ?? (await DUMMY_HASH));
    if (!client || !valid || client.disabled) {
      await this.throttle.recordFailure(attempt);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(attempt);
    const caller: CallerIdentity = {
      clientId: client.client_id,
      agencyCode: client.agency_code,
      roles: client.roles,
    };
    return {
      accessToken: await accessTokens.issue(caller, this.env.JWT_SECRET, this.env.TOKEN_TTL_SECONDS),
      tokenType: 'Bearer',
      expiresIn: this.env.TOKEN_TTL_SECONDS,
    };
  }

  async create(input: { name: string; agencyCode: string; roles: string[] }, createdBy: string) {
    const clientId = `${input.agencyCode.toLowerCase()}-${generateSecret().slice(0, 8).toLowerCase()}`;
    const clientSecret = generateSecret();
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO api_clients (client_id, name, agency_code, roles, secret_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING client_id`,
      [
        clientId,
        input.name,
        input.agencyCode,
        [...new Set(input.roles)],
        await hashSecret(clientSecret),
        createdBy,
      ],
    );
    if (inserted.length === 0)
      throw new DomainError('auth.client-id-collision', 'client id collision, try again');
    return { clientId, clientSecret, agencyCode: input.agencyCode, roles: [...new Set(input.roles)] };
  }

  list(): Promise<ClientView[]> {
    return this.dataSource.query(`SELECT ${CLIENT_VIEW} FROM api_clients ORDER BY client_id`);
  }

  /** Disables a client: no new tokens, and every replica refuses its existing ones within seconds. */
  async disable(clientId: string, by: string): Promise<ClientView> {
    if (clientId === by)
      throw new DomainError('request.rejected', 'a client cannot disable itself; ask another platform-admin');
    const [rows] = await this.dataSource.query(
      `UPDATE api_clients SET disabled_at = coalesce(disabled_at, now()), disabled_by = coalesce(disabled_by, $2),
              tokens_not_before = date_trunc('second', now())
        WHERE client_id = $1 RETURNING ${CLIENT_VIEW}`,
      [clientId, by],
    );
    if (rows.length === 0) throw new NotFoundException(`no client ${clientId}`);
    this.logger.log(`client "${clientId}" disabled by "${by}"`);
    return rows[0];
  }

  /** A new secret (shown once); tokens issued with the old one are refused from now on. */
  async rotateSecret(clientId: string, by: string) {
    const clientSecret = generateSecret();
    const [rows] = await this.dataSource.query(
      `UPDATE api_clients SET secret_hash = $2, secret_rotated_at = now(), tokens_not_before = date_trunc('second', now())
        WHERE client_id = $1 AND disabled_at IS NULL RETURNING client_id`,
      [clientId, await hashSecret(clientSecret)],
    );
    if (rows.length === 0) throw new NotFoundException(`no enabled client ${clientId}`);
    this.logger.log(`secret of client "${clientId}" rotated by "${by}"`);
    return { clientId, clientSecret };
  }

  static assertKnownRoles(roles: string[]) {
    const unknown = roles.filter((r) => !ALL_ROLES.includes(r as never));
    if (unknown.length > 0) throw new BadRequestException(`unknown roles: ${unknown.join(', ')}`);
  }
}

const DUMMY_HASH = hashSecret(generateSecret());
