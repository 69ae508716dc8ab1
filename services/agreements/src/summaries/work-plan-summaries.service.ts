import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import type { CallerIdentity } from '@sinergi/platform';
import { seesEveryAgreement } from '../access/agreement-access';
import { IndicatorActuals, readingsOf } from '../indicators/indicator-actuals';
import { WORK_PLAN_COLUMNS, type WorkPlan } from '../work-plans/work-plans.service';

/**
 * The work plans of a fiscal year with their indicators, of every agreement the caller sees (the
 * agreements its agency is a party to; every one for platform-admins and auditors), each as
 * `GET /agreements/:id/work-plans/:fiscalYear` answers it; the actuals are read once for all.
 */
@Injectable()
export class WorkPlanSummaries {
  constructor(
    private readonly transactions: Transactions,
    private readonly indicators: IndicatorActuals,
  ) {}

  byAgreement(caller: CallerIdentity, fiscalYear: number) {
    const agency = seesEveryAgreement(caller) ? null : caller.agencyCode;
    return this.transactions.run(async (manager) => {
      const plans = await manager.query<WorkPlan[]>(
        `SELECT ${WORK_PLAN_COLUMNS} FROM work_plans w
          WHERE w.fiscal_year = $1
            AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM agreement_parties p
                                              WHERE p.agreement_id = w.agreement_id AND p.agency_code = $2))
          ORDER BY w.agreement_id`,
        [fiscalYear, agency],
      );
      const actuals = await this.indicators.actualsOf(
        manager,
        plans.map((plan) => plan.agreementId),
        fiscalYear,
      );
      return plans.map((plan) => ({
        ...plan,
        indicators: readingsOf(plan.targets, actuals.get(plan.agreementId)!),
      }));
    });
  }
}
