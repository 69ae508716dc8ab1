import { Injectable } from '@nestjs/common';
import {
  AgreementActivatedV1,
  AgreementAmendedV1,
  AgreementDraftedV1,
  AgreementExpiredV1,
  AgreementExpiringV1,
  AgreementSignedV1,
  AgreementSubmittedV1,
  AgreementTerminatedV1,
  EvaluationRecordedV1,
  WorkPlanApprovedV1,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent } from '@sinergi/messaging';
import { DeliveryQueue } from '../deliveries/delivery-queue';
import { AudienceRegistry } from './audience-registry';

/** Agreement events go to the agreement's parties (as its draft, then its signature, names them). */
@Injectable()
export class AgreementNotifications {
  constructor(
    private readonly audience: AudienceRegistry,
    private readonly queue: DeliveryQueue,
  ) {}

  private async toParties(event: EventEnvelope) {
    await this.queue.enqueue(event, await this.audience.partiesOf([event.aggregateId]));
  }

  @HandleEvent(AgreementDraftedV1)
  async onDrafted(data: AgreementDraftedV1, event: EventEnvelope) {
    await this.audience.setParties(event.aggregateId, data.partyCodes);
    await this.toParties(event);
  }

  @HandleEvent(AgreementSignedV1)
  async onSigned(data: AgreementSignedV1, event: EventEnvelope) {
    await this.audience.setParties(event.aggregateId, data.partyCodes);
    await this.toParties(event);
  }

  @HandleEvent(AgreementSubmittedV1)
  onSubmitted(_data: AgreementSubmittedV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(AgreementActivatedV1)
  onActivated(_data: AgreementActivatedV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(AgreementAmendedV1)
  onAmended(_data: AgreementAmendedV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(AgreementTerminatedV1)
  onTerminated(_data: AgreementTerminatedV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(AgreementExpiringV1)
  onExpiring(_data: AgreementExpiringV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(AgreementExpiredV1)
  onExpired(_data: AgreementExpiredV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(WorkPlanApprovedV1)
  onWorkPlanApproved(_data: WorkPlanApprovedV1, event: EventEnvelope) {
    return this.toParties(event);
  }

  @HandleEvent(EvaluationRecordedV1)
  onEvaluationRecorded(_data: EvaluationRecordedV1, event: EventEnvelope) {
    return this.toParties(event);
  }
}
