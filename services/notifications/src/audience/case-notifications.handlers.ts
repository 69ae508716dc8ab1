import { Injectable } from '@nestjs/common';
import {
  CaseClosedV1,
  CaseOpenedV1,
  FollowUpRecordedV1,
  GrantFundedV1,
  GrantRejectedV1,
  GrantRequestedV1,
  PathwayUpdatedV1,
  PlacementRecordedV1,
  RecidivismCohortsRevisedV1,
  ReoffenceRecordedV1,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent } from '@sinergi/messaging';
import { DeliveryQueue } from '../deliveries/delivery-queue';
import { AudienceRegistry } from './audience-registry';

/**
 * Case events go to the BAPAS holding the case only (known from `case.opened`, which comes first on
 * the case's partition). The agreement parties funding a grant see it through the allocation events.
 */
@Injectable()
export class CaseNotifications {
  constructor(
    private readonly audience: AudienceRegistry,
    private readonly queue: DeliveryQueue,
  ) {}

  private async toHolder(event: EventEnvelope) {
    await this.queue.enqueue(event, await this.audience.holderOf(event.aggregateId));
  }

  @HandleEvent(CaseOpenedV1)
  async onOpened(data: CaseOpenedV1, event: EventEnvelope) {
    await this.audience.recordCase(event.aggregateId, data.bapasCode);
    await this.toHolder(event);
  }

  @HandleEvent(PathwayUpdatedV1)
  onPathwayUpdated(_data: PathwayUpdatedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(PlacementRecordedV1)
  onPlacementRecorded(_data: PlacementRecordedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(FollowUpRecordedV1)
  onFollowUpRecorded(_data: FollowUpRecordedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(GrantRequestedV1)
  onGrantRequested(_data: GrantRequestedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(GrantFundedV1)
  onGrantFunded(_data: GrantFundedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(GrantRejectedV1)
  onGrantRejected(_data: GrantRejectedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(ReoffenceRecordedV1)
  onReoffenceRecorded(_data: ReoffenceRecordedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(CaseClosedV1)
  onClosed(_data: CaseClosedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }

  @HandleEvent(RecidivismCohortsRevisedV1)
  onCohortsRevised(_data: RecidivismCohortsRevisedV1, event: EventEnvelope) {
    return this.toHolder(event);
  }
}
