import { Injectable } from '@nestjs/common';
import {
  AgencyRegisteredV1,
  AgencyUpdatedV1,
  AgreementActivatedV1,
  AgreementAmendedV1,
  AgreementExpiredV1,
  AgreementSignedV1,
  AgreementTerminatedV1,
  DEFAULT_AGENCY_TIME_ZONE,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent, Transactions } from '@sinergi/messaging';
import { KnownAgency } from './known-agency.entity';
import { KnownAgreement, StatusRank, type KnownAgreementStatus } from './known-agreement.entity';

/**
 * Keeps the agreement and agency read models current from the agreements service's events.
 * An event may come back late through the retry topic, so each one is applied order-tolerantly.
 */
@Injectable()
export class ReferenceDataHandlers {
  constructor(private readonly transactions: Transactions) {}

  @HandleEvent(AgreementSignedV1)
  async onSigned(data: AgreementSignedV1, event: EventEnvelope) {
    const agreement = await this.lockOrStub(event.aggregateId, 'SIGNED');
    Object.assign(agreement, {
      kind: data.kind,
      scopes: data.scopes,
      partyCodes: data.partyCodes,
      startDate: data.startDate,
      endDate: data.endDate,
      timeZone: data.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
      updatedAt: new Date(),
    });
    await this.transactions.manager.save(agreement);
  }

  @HandleEvent(AgreementActivatedV1)
  async onActivated(_data: AgreementActivatedV1, event: EventEnvelope) {
    await this.advance(event.aggregateId, 'ACTIVE');
  }

  @HandleEvent(AgreementTerminatedV1)
  async onTerminated(_data: AgreementTerminatedV1, event: EventEnvelope) {
    await this.advance(event.aggregateId, 'TERMINATED');
  }

  @HandleEvent(AgreementExpiredV1)
  async onExpired(_data: AgreementExpiredV1, event: EventEnvelope) {
    await this.advance(event.aggregateId, 'EXPIRED');
  }

  /** Amendments may move the end date or change the scopes; other changes do not concern programs. */
  @HandleEvent(AgreementAmendedV1)
  async onAmended(data: AgreementAmendedV1, event: EventEnvelope) {
    const agreement = await this.lockOrStub(event.aggregateId, 'ACTIVE');
    if (data.version <= agreement.version) return;
    const { endDate, scopes } = data.changes;
    if (typeof endDate === 'string') agreement.endDate = endDate;
    if (Array.isArray(scopes) && scopes.every((s) => typeof s === 'string')) agreement.scopes = scopes;
    agreement.version = data.version;
    agreement.updatedAt = new Date();
    await this.transactions.manager.save(agreement);
  }

  @HandleEvent(AgencyRegisteredV1)
  onAgencyRegistered(data: AgencyRegisteredV1) {
    return this.keepAgency(data);
  }

  @HandleEvent(AgencyUpdatedV1)
  onAgencyUpdated(data: AgencyUpdatedV1) {
    return this.keepAgency(data);
  }

  private async keepAgency(data: AgencyRegisteredV1 | AgencyUpdatedV1) {
    await this.transactions.manager.upsert(
      KnownAgency,
      {
        code: data.code,
        kind: data.kind,
        regionCode: data.regionCode,
        name: data.name,
        timeZone: data.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
      },
      ['code'],
    );
  }

  private async advance(id: string, status: KnownAgreementStatus) {
    const agreement = await this.lockOrStub(id, status);
    if (StatusRank[status] <= StatusRank[agreement.status]) return;
    agreement.status = status;
    agreement.updatedAt = new Date();
    await this.transactions.manager.save(agreement);
  }

  /** The agreement's row, locked; a stub without terms when this is the first event seen of it. */
  private async lockOrStub(id: string, status: KnownAgreementStatus): Promise<KnownAgreement> {
    const manager = this.transactions.manager;
    await manager.query(
      `INSERT INTO known_agreement (id, status) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
      [id, status],
    );
    return manager.findOneOrFail(KnownAgreement, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
