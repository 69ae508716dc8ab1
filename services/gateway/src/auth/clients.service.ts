import {
  BadRequestException,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  UnauthorizedException,
} from '@nestjs/common';
import { type CallerIdentity, DomainError, Roles } from '@sinergi/platform';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { accessTokens } from './access-token';
import { generateSecret, hashSecret, verifySecret } from './secret-hash';

export const ALL_ROLES = Object.values(Roles);

interface ClientRow {
  client_id: string;
  agency_code: string;
  roles: string[];
  secret_hash: string;
}

/** API clients: hashed secrets, access tokens, and the first platform-admin from the environment. */
@Injectable()
export class ClientsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ClientsService.name);

  constructor(
    private readonly dataSource: DataSource,
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

  async issueToken(clientId: string, clientSecret: string) {
    const [client]: ClientRow[] = await this.dataSource.query(
      `SELECT client_id, agency_code, roles, secret_hash FROM api_clients WHERE client_id = $1`,
      [clientId],
    );
    // Verify against a dummy hash when the client is unknown, so timing does not reveal which ids exist.
    const valid = await verifySecret(clientSecret, client?.secret_hash ?? (await DUMMY_HASH));
    if (!client || !valid) throw new UnauthorizedException('unknown client or wrong secret');
    const caller: CallerIdentity = {
      clientId: client.client_id,
      agencyCode: client.agency_code,
      roles: client.roles,
    };
    return {
      accessToken: accessTokens.issue(caller, this.env.JWT_SECRET, this.env.TOKEN_TTL_SECONDS),
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

  static assertKnownRoles(roles: string[]) {
    const unknown = roles.filter((r) => !ALL_ROLES.includes(r as never));
    if (unknown.length > 0) throw new BadRequestException(`unknown roles: ${unknown.join(', ')}`);
  }
}

const DUMMY_HASH = hashSecret(generateSecret());
