import { Injectable } from '@nestjs/common';
import {
  EnrollmentCompletedV1,
  EnrollmentCreatedV1,
  EnrollmentDroppedV1,
  EnrollmentFailedV1,
  ParticipantRegisteredV1,
  ParticipantReleasedV1,
  ProgramCancelledV1,
  ProgramCompletedV1,
  ProgramCreatedV1,
  ProgramFundedV1,
  ProgramFundingRejectedV1,
  ProgramFundingRequestedV1,
  ProgramStartedV1,
  type EnrollmentEvent,
  type EventEnvelope,
  type ProgramEvent,
} from '@sinergi/contracts';
import { HandleEvent } from '@sinergi/messaging';
import { DeliveryQueue } from '../deliveries/delivery-queue';
import { AudienceRegistry } from './audience-registry';

/**
 * Program events go to the facility running the program and to the parties of its agreement;
 * participant events go to the facility holding the person (and, on release, to the BAPAS taking
 * the case); enrolment events to the facility running the program.
 */
@Injectable()
export class ProgramNotifications {
  constructor(
    private readonly audience: AudienceRegistry,
    private readonly queue: DeliveryQueue,
  ) {}

  private async program(data: ProgramEvent, event: EventEnvelope) {
    await this.audience.recordProgram(event.aggregateId, data.facilityCode, data.agreementId);
    const parties = await this.audience.partiesOf([data.agreementId]);
    await this.queue.enqueue(event, [data.facilityCode, ...parties]);
  }

  private async enrollment(data: EnrollmentEvent, event: EventEnvelope) {
    await this.queue.enqueue(event, await this.audience.facilityOf(data.programId));
  }

  @HandleEvent(ProgramCreatedV1)
  onProgramCreated(data: ProgramCreatedV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ProgramFundingRequestedV1)
  onFundingRequested(data: ProgramFundingRequestedV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ProgramFundedV1)
  onFunded(data: ProgramFundedV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ProgramFundingRejectedV1)
  onFundingRejected(data: ProgramFundingRejectedV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ProgramStartedV1)
  onStarted(data: ProgramStartedV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ProgramCompletedV1)
  onCompleted(data: ProgramCompletedV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ProgramCancelledV1)
  onCancelled(data: ProgramCancelledV1, event: EventEnvelope) {
    return this.program(data, event);
  }

  @HandleEvent(ParticipantRegisteredV1)
  onParticipantRegistered(data: ParticipantRegisteredV1, event: EventEnvelope) {
    return this.queue.enqueue(event, [data.facilityCode]);
  }

  @HandleEvent(ParticipantReleasedV1)
  onParticipantReleased(data: ParticipantReleasedV1, event: EventEnvelope) {
    return this.queue.enqueue(event, [data.facilityCode, data.bapasCode]);
  }

  @HandleEvent(EnrollmentCreatedV1)
  onEnrollmentCreated(data: EnrollmentCreatedV1, event: EventEnvelope) {
    return this.enrollment(data, event);
  }

  @HandleEvent(EnrollmentCompletedV1)
  onEnrollmentCompleted(data: EnrollmentCompletedV1, event: EventEnvelope) {
    return this.enrollment(data, event);
  }

  @HandleEvent(EnrollmentDroppedV1)
  onEnrollmentDropped(data: EnrollmentDroppedV1, event: EventEnvelope) {
    return this.enrollment(data, event);
  }

  @HandleEvent(EnrollmentFailedV1)
  onEnrollmentFailed(data: EnrollmentFailedV1, event: EventEnvelope) {
    return this.enrollment(data, event);
  }
}
