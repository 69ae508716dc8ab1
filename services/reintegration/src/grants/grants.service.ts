import { Injectable } from '@nestjs/common';
import { GrantRequestedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock } from '@sinergi/platform';
import { AgreementScope } from '../agreement-scope/agreement-scope';
import { CaseAccess } from '../cases/case-access';
import { CaseEventFields } from '../cases/case-events';
import { GRANT_COLUMNS } from '../cases/case-views';
import type { RequestGrantDto } from './dto/request-grant.dto';

@Injectable()
export class GrantsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly access: CaseAccess,
    private readonly agreements: AgreementScope,
    private readonly caseEventFields: CaseEventFields,
    private readonly clock: Clock,
  ) {}

  /**
   * A PENDING grant under an agreement the case's BAPAS may act under (else 404); budgeting funds or
   * rejects it and answers with an allocation event.
   */
  request(caseId: string, grant: RequestGrantDto) {
    return this.transactions.run(async (manager) => {
      const kase = await this.access.lockOpenForChange(manager, caseId);
      await this.agreements.requireMayActUnder(grant.agreementId, kase.bapasCode);
      // The fiscal year of the agreement whose budgets fund the grant, in its time zone.
      const [agreement] = await manager.query<Array<{ timeZone: string }>>(
        `SELECT time_zone AS "timeZone" FROM agreement_party WHERE agreement_id = $1`,
        [grant.agreementId],
      );
      const fiscalYear = Number(this.clock.today(agreement.timeZone).slice(0, 4));
      const [requested] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO start_up_grant (id, case_id, agreement_id, amount, purpose, fiscal_year, status, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $7)
         RETURNING ${GRANT_COLUMNS}`,
        [uuidv7(), caseId, grant.agreementId, grant.amount, grant.purpose, fiscalYear, this.clock.now()],
      );
      await this.events.publish(GrantRequestedV1, caseId, {
        ...(await this.caseEventFields.of(manager, kase.participantId)),
        grantId: requested.id,
        agreementId: grant.agreementId,
        amount: grant.amount,
        fiscalYear,
      });
      return requested;
    });
  }
}
