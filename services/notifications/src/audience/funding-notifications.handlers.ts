import { Injectable } from '@nestjs/common';
import {
  AllocationApprovedV1,
  AllocationRejectedV1,
  AllocationReleasedV1,
  AllocationRequestedV1,
  BudgetOpenedV1,
  BudgetRevisedV1,
  DisbursementRecordedV1,
  type AllocationEvent,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent } from '@sinergi/messaging';
import { DeliveryQueue } from '../deliveries/delivery-queue';
import { AudienceRegistry } from './audience-registry';

/**
 * Budget events go to the parties of the budget's agreement; allocation events to the parties of
 * the agreement and to whoever the money is for: the facility running the program, or the BAPAS
 * holding the case of a grant.
 */
@Injectable()
export class FundingNotifications {
  constructor(
    private readonly audience: AudienceRegistry,
    private readonly queue: DeliveryQueue,
  ) {}

  private async budget(data: BudgetOpenedV1 | BudgetRevisedV1, event: EventEnvelope) {
    await this.queue.enqueue(event, await this.audience.partiesOf([data.agreementId]));
  }

  private async allocation(data: AllocationEvent, event: EventEnvelope) {
    await this.queue.enqueue(event, [
      ...(await this.audience.partiesOf([data.agreementId])),
      ...(await this.audience.facilityOf(data.programId)),
      ...(await this.audience.holderOf(data.caseId)),
    ]);
  }

  @HandleEvent(BudgetOpenedV1)
  onBudgetOpened(data: BudgetOpenedV1, event: EventEnvelope) {
    return this.budget(data, event);
  }

  @HandleEvent(BudgetRevisedV1)
  onBudgetRevised(data: BudgetRevisedV1, event: EventEnvelope) {
    return this.budget(data, event);
  }

  @HandleEvent(AllocationRequestedV1)
  onAllocationRequested(data: AllocationRequestedV1, event: EventEnvelope) {
    return this.allocation(data, event);
  }

  @HandleEvent(AllocationApprovedV1)
  onAllocationApproved(data: AllocationApprovedV1, event: EventEnvelope) {
    return this.allocation(data, event);
  }

  @HandleEvent(AllocationRejectedV1)
  onAllocationRejected(data: AllocationRejectedV1, event: EventEnvelope) {
    return this.allocation(data, event);
  }

  @HandleEvent(AllocationReleasedV1)
  onAllocationReleased(data: AllocationReleasedV1, event: EventEnvelope) {
    return this.allocation(data, event);
  }

  @HandleEvent(DisbursementRecordedV1)
  onDisbursementRecorded(data: DisbursementRecordedV1, event: EventEnvelope) {
    return this.allocation(data, event);
  }
}
