import { Injectable } from '@nestjs/common';
import {
  AgreementExpiredV1,
  AgreementTerminatedV1,
  GrantRequestedV1,
  ProgramCancelledV1,
  ProgramFundingRequestedV1,
  type EventEnvelope,
} from '@sinergi/contracts';
import { HandleEvent } from '@sinergi/messaging';
import { Allocations } from './allocations.service';

/** The requesting services' side of the saga: funding requests in, cancellations and ended agreements. */
@Injectable()
export class FundingRequests {
  constructor(private readonly allocations: Allocations) {}

  @HandleEvent(ProgramFundingRequestedV1)
  onProgramFundingRequested(data: ProgramFundingRequestedV1, event: EventEnvelope) {
    return this.allocations.request(
      {
        purpose: 'PROGRAM',
        programId: event.aggregateId,
        agreementId: data.agreementId,
        fiscalYear: data.fiscalYear,
        amount: data.amount,
      },
      event.id,
    );
  }

  @HandleEvent(GrantRequestedV1)
  onGrantRequested(data: GrantRequestedV1, event: EventEnvelope) {
    return this.allocations.request(
      {
        purpose: 'REINTEGRATION_GRANT',
        caseId: event.aggregateId,
        grantId: data.grantId,
        agreementId: data.agreementId,
        fiscalYear: data.fiscalYear,
        amount: data.amount,
      },
      event.id,
    );
  }

  @HandleEvent(ProgramCancelledV1)
  onProgramCancelled(_data: ProgramCancelledV1, event: EventEnvelope) {
    return this.allocations.onProgramCancelled(event.aggregateId);
  }

  @HandleEvent(AgreementTerminatedV1)
  onAgreementTerminated(_data: AgreementTerminatedV1, event: EventEnvelope) {
    return this.allocations.rejectPendingOf(event.aggregateId, 'agreement terminated');
  }

  @HandleEvent(AgreementExpiredV1)
  onAgreementExpired(_data: AgreementExpiredV1, event: EventEnvelope) {
    return this.allocations.rejectPendingOf(event.aggregateId, 'agreement expired');
  }
}
