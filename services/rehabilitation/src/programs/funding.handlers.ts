import { Injectable, Logger } from '@nestjs/common';
import {
  AllocationApprovedV1,
  AllocationRejectedV1,
  ProgramFundedV1,
  ProgramFundingRejectedV1,
  type EventEnvelope,
} from '@sinergi/contracts';
import { EventPublisher, HandleEvent, Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import { Program } from './program.entity';
import { programEventData } from './programs.service';

/** Budgeting's answer to a funding request: the program becomes FUNDED or returns to DRAFT. */
@Injectable()
export class FundingHandlers {
  private readonly logger = new Logger(FundingHandlers.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  @HandleEvent(AllocationApprovedV1)
  async onApproved(data: AllocationApprovedV1, event: EventEnvelope) {
    const program = await this.awaitingFunding(data.programId, event);
    if (!program) return;
    program.status = 'FUNDED';
    program.fundingStatus = 'APPROVED';
    program.allocationId = event.aggregateId;
    program.updatedAt = this.clock.now();
    await this.transactions.manager.save(program);
    await this.events.publish(ProgramFundedV1, program.id, {
      ...programEventData(program),
      allocationId: event.aggregateId,
    });
  }

  @HandleEvent(AllocationRejectedV1)
  async onRejected(data: AllocationRejectedV1, event: EventEnvelope) {
    const program = await this.awaitingFunding(data.programId, event);
    if (!program) return;
    program.status = 'DRAFT';
    program.fundingStatus = 'REJECTED';
    program.rejectionReason = data.reason;
    program.updatedAt = this.clock.now();
    await this.transactions.manager.save(program);
    await this.events.publish(ProgramFundingRejectedV1, program.id, {
      ...programEventData(program),
      reason: data.reason,
    });
  }

  /** The program this answer is for, when it still waits for one (a late answer changes nothing). */
  private async awaitingFunding(programId: string | null | undefined, event: EventEnvelope) {
    if (!programId) return null;
    const program = await this.transactions.manager.findOne(Program, {
      where: { id: programId },
      lock: { mode: 'pessimistic_write' },
    });
    if (program?.status === 'AWAITING_FUNDING') return program;
    this.logger.warn(
      `${event.type} ${event.id} ignored: program ${programId} is ${program ? program.status : 'unknown'}`,
    );
    return null;
  }
}
