import { Injectable } from '@nestjs/common';
import {
  AgencyRegisteredV1,
  AgreementActivatedV1,
  AgreementAmendedV1,
  AgreementExpiredV1,
  AgreementSignedV1,
  AgreementTerminatedV1,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent, Transactions } from '@sinergi/messaging';
import { KnownAgency } from './known-agency.entity';
import { KnownAgreement, type KnownAgreementStatus } from './known-agreement.entity';

/** Keeps the agreement and agency read models current from the agreements service's events. */
@Injectable()
export class ReferenceDataHandlers {
  constructor(private readonly transactions: Transactions) {}

  @HandleEvent(AgreementSignedV1)
  async onSigned(data: AgreementSignedV1, event: EventEnvelope) {
    await this.transactions.manager.query(
      `INSERT INTO known_agreement (id, kind, status, scopes, party_codes, start_date, end_date)
       VALUES ($1, $2, 'SIGNED', $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET kind = $2, scopes = $3, party_codes = $4, start_date = $5, end_date = $6,
         updated_at = now()`,
      [event.aggregateId, data.kind, data.scopes, data.partyCodes, data.startDate, data.endDate],
    );
  }

  @HandleEvent(AgreementActivatedV1)
  async onActivated(_data: AgreementActivatedV1, event: EventEnvelope) {
    await this.setStatus(event.aggregateId, 'ACTIVE');
  }

  @HandleEvent(AgreementTerminatedV1)
  async onTerminated(_data: AgreementTerminatedV1, event: EventEnvelope) {
    await this.setStatus(event.aggregateId, 'TERMINATED');
  }

  @HandleEvent(AgreementExpiredV1)
  async onExpired(_data: AgreementExpiredV1, event: EventEnvelope) {
    await this.setStatus(event.aggregateId, 'EXPIRED');
  }

  /** Amendments may move the end date or change the scopes; other changes do not concern programs. */
  @HandleEvent(AgreementAmendedV1)
  async onAmended(data: AgreementAmendedV1, event: EventEnvelope) {
    const manager = this.transactions.manager;
    const agreement = await manager.findOne(KnownAgreement, {
      where: { id: event.aggregateId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!agreement || data.version <= agreement.version) return;
    const { endDate, scopes } = data.changes;
    if (typeof endDate === 'string') agreement.endDate = endDate;
    if (Array.isArray(scopes) && scopes.every((s) => typeof s === 'string')) agreement.scopes = scopes;
    agreement.version = data.version;
    agreement.updatedAt = new Date();
    await manager.save(agreement);
  }

  @HandleEvent(AgencyRegisteredV1)
  async onAgencyRegistered(data: AgencyRegisteredV1) {
    await this.transactions.manager.upsert(
      KnownAgency,
      { code: data.code, kind: data.kind, regionCode: data.regionCode, name: data.name },
      ['code'],
    );
  }

  private async setStatus(id: string, status: KnownAgreementStatus) {
    await this.transactions.manager.query(
      `UPDATE known_agreement SET status = $2, updated_at = now() WHERE id = $1`,
      [id, status],
    );
  }
}
