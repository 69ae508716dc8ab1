import { Injectable } from '@nestjs/common';
import {
  AgencyRegisteredV1,
  AgreementSignedV1,
  DEFAULT_AGENCY_TIME_ZONE,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent, Transactions } from '@sinergi/messaging';

/**
 * Keeps agreements' parties (and time zones, for their grants' fiscal years) and agencies' kinds and
 * regions, for the scope rules of docs/authorization.md.
 */
@Injectable()
export class AgreementScopeHandlers {
  constructor(private readonly transactions: Transactions) {}

  @HandleEvent(AgreementSignedV1)
  async onSigned(data: AgreementSignedV1, event: EventEnvelope) {
    await this.transactions.manager.query(
      `INSERT INTO agreement_party (agreement_id, party_codes, time_zone) VALUES ($1, $2, $3)
       ON CONFLICT (agreement_id) DO UPDATE SET party_codes = EXCLUDED.party_codes, time_zone = EXCLUDED.time_zone`,
      [event.aggregateId, data.partyCodes, data.timeZone ?? DEFAULT_AGENCY_TIME_ZONE],
    );
  }

  @HandleEvent(AgencyRegisteredV1)
  async onAgencyRegistered(data: AgencyRegisteredV1) {
    await this.transactions.manager.query(
      `INSERT INTO known_agency (code, kind, region_code) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, region_code = EXCLUDED.region_code`,
      [data.code, data.kind, data.regionCode],
    );
  }
}
