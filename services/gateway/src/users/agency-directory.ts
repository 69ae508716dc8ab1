import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { AgencyKind } from '@sinergi/contracts';
import { Roles, type CallerIdentity } from '@sinergi/platform';
import { ServiceClient, ServiceUnavailableError } from '../routing/service-client';
import { PLATFORM_AGENCY, type UserAgencyKind } from './agency-roles';

/** The gateway reads agencies as a viewer: it needs only their kind. */
const GATEWAY_READER: CallerIdentity = {
  clientId: 'gateway',
  agencyCode: PLATFORM_AGENCY,
  roles: [Roles.viewer],
};

/** The kind of an agency, from the agreements service that registers agencies. */
@Injectable()
export class AgencyDirectory {
  constructor(private readonly services: ServiceClient) {}

  /** Undefined when no such agency is registered. */
  async kindOf(agencyCode: string): Promise<UserAgencyKind | undefined> {
    if (agencyCode === PLATFORM_AGENCY) return PLATFORM_AGENCY;
    try {
      const response = await this.services.call(
        'agreements',
        'GET',
        `/agencies/${encodeURIComponent(agencyCode)}`,
        { caller: GATEWAY_READER },
      );
      if (response.status === 404) return undefined;
      if (response.status !== 200) throw new Error(`agreements answered ${response.status}`);
      return (JSON.parse(response.body) as { kind: AgencyKind }).kind;
    } catch (error) {
      const reason = error instanceof ServiceUnavailableError ? error.message : String(error);
      throw new ServiceUnavailableException(`cannot look up agency ${agencyCode} right now (${reason})`);
    }
  }
}
