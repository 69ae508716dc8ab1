import { Injectable } from '@nestjs/common';
import {
  AgreementActivatedV1,
  AgreementAmendedV1,
  AgreementDraftedV1,
  AgreementExpiredV1,
  AgreementSignedV1,
  AgreementSubmittedV1,
  AgreementTerminatedV1,
  DEFAULT_AGENCY_TIME_ZONE,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent } from '@sinergi/messaging';
import { AgreementRegistry } from './agreement-registry';

/** Keeps the agreement read model: parties (for visibility), term and whether money may still be committed. */
@Injectable()
export class AgreementEvents {
  constructor(private readonly registry: AgreementRegistry) {}

  @HandleEvent(AgreementDraftedV1)
  onDrafted(data: AgreementDraftedV1, event: EventEnvelope) {
    return this.registry.record(event.aggregateId, { status: 'DRAFT', partyCodes: data.partyCodes });
  }

  @HandleEvent(AgreementSubmittedV1)
  onSubmitted(_data: AgreementSubmittedV1, event: EventEnvelope) {
    return this.registry.record(event.aggregateId, { status: 'PENDING_SIGNATURE' });
  }

  @HandleEvent(AgreementSignedV1)
  onSigned(data: AgreementSignedV1, event: EventEnvelope) {
    return this.registry.record(event.aggregateId, {
      status: 'SIGNED',
      partyCodes: data.partyCodes,
      startDate: data.startDate,
      endDate: data.endDate,
      timeZone: data.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
    });
  }

  @HandleEvent(AgreementActivatedV1)
  onActivated(_data: AgreementActivatedV1, event: EventEnvelope) {
    return this.registry.record(event.aggregateId, { status: 'ACTIVE' });
  }

  @HandleEvent(AgreementAmendedV1)
  async onAmended(data: AgreementAmendedV1, event: EventEnvelope) {
    const endDate = data.changes.endDate;
    if (typeof endDate === 'string') await this.registry.record(event.aggregateId, { endDate });
  }

  @HandleEvent(AgreementTerminatedV1)
  onTerminated(_data: AgreementTerminatedV1, event: EventEnvelope) {
    return this.registry.record(event.aggregateId, { status: 'TERMINATED' });
  }

  @HandleEvent(AgreementExpiredV1)
  onExpired(_data: AgreementExpiredV1, event: EventEnvelope) {
    return this.registry.record(event.aggregateId, { status: 'EXPIRED' });
  }
}
