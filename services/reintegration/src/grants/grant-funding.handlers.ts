import { Injectable, Logger } from '@nestjs/common';
import {
  AllocationApprovedV1,
  AllocationRejectedV1,
  DisbursementRecordedV1,
  GrantFundedV1,
  GrantRejectedV1,
  type EventEnvelope,
} from '@sinergi/contracts';
import { EventPublisher, HandleEvent, Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import { CaseEventFields } from '../cases/case-events';

interface PendingGrant {
  id: string;
  caseId: string;
  participantId: string;
}

/**
 * Budgeting's answers to grant requests: approved → FUNDED, rejected → REJECTED with the reason;
 * disbursements on a funded grant show on the case.
 */
@Injectable()
export class GrantFunding {
  private readonly logger = new Logger(GrantFunding.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly caseEventFields: CaseEventFields,
    private readonly clock: Clock,
  ) {}

  @HandleEvent(AllocationApprovedV1)
  async onApproved(data: AllocationApprovedV1, event: EventEnvelope) {
    const grant = await this.lockPending(data.grantId, event);
    if (!grant) return;
    await this.transactions.manager.query(
      `UPDATE start_up_grant SET status = 'FUNDED', allocation_id = $2, decided_at = $3 WHERE id = $1`,
      [grant.id, event.aggregateId, this.clock.now()],
    );
    await this.events.publish(GrantFundedV1, grant.caseId, {
      ...(await this.caseEventFields.of(this.transactions.manager, grant.participantId)),
      grantId: grant.id,
      allocationId: event.aggregateId,
    });
  }

  @HandleEvent(AllocationRejectedV1)
  async onRejected(data: AllocationRejectedV1, event: EventEnvelope) {
    const grant = await this.lockPending(data.grantId, event);
    if (!grant) return;
    await this.transactions.manager.query(
      `UPDATE start_up_grant SET status = 'REJECTED', allocation_id = $2, rejection_reason = $3, decided_at = $4
        WHERE id = $1`,
      [grant.id, event.aggregateId, data.reason, this.clock.now()],
    );
    await this.events.publish(GrantRejectedV1, grant.caseId, {
      ...(await this.caseEventFields.of(this.transactions.manager, grant.participantId)),
      grantId: grant.id,
      reason: data.reason,
    });
  }

  /** `disbursedTotal` is the allocation's running total, so keeping the largest is replay- and order-proof. */
  @HandleEvent(DisbursementRecordedV1)
  async onDisbursed(data: DisbursementRecordedV1, event: EventEnvelope) {
    if (!data.grantId) return; // a program's allocation
    const updated = await this.transactions.manager.query<[unknown[], number]>(
      `UPDATE start_up_grant
          SET disbursed = GREATEST(disbursed, $2),
              last_disbursed_on = GREATEST(last_disbursed_on, $3::date)
        WHERE id = $1 AND status = 'FUNDED'
        RETURNING id`,
      [data.grantId, data.disbursedTotal, data.date],
    );
    if (updated[1] === 0)
      this.logger.warn(
        `${event.type} ${event.id} names grant ${data.grantId}, which is not funded here; ignored`,
      );
  }

  /** The grant still waiting for this answer; allocations of programs and already decided grants are skipped. */
  private async lockPending(grantId: string | null, event: EventEnvelope): Promise<PendingGrant | undefined> {
    if (!grantId) return undefined;
    const [grant] = await this.transactions.manager.query<Array<PendingGrant & { status: string }>>(
      `SELECT g.id, g.case_id AS "caseId", c.participant_id AS "participantId", g.status
         FROM start_up_grant g JOIN reintegration_case c ON c.id = g.case_id
        WHERE g.id = $1 FOR UPDATE OF g`,
      [grantId],
    );
    if (!grant) {
      this.logger.warn(`${event.type} ${event.id} names unknown grant ${grantId}; ignored`);
      return undefined;
    }
    if (grant.status !== 'PENDING') {
      this.logger.warn(
        `${event.type} ${event.id} for grant ${grantId} that is already ${grant.status}; ignored`,
      );
      return undefined;
    }
    return grant;
  }
}
