import { Injectable, NotFoundException } from '@nestjs/common';
import { WorkPlanApprovedV1, type Indicator } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, currentCaller, DomainError, type FieldError, InvalidInputException } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { assertMayWrite } from '../access/agreement-access';
import type { Agreement } from '../agreements/agreement.model';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { IndicatorActuals, type IndicatorTarget } from '../indicators/indicator-actuals';
import { RATE_INDICATORS } from '../indicators/indicator-status';
import type { CreateWorkPlanDto } from './dto/create-work-plan.dto';

/** Work plans are drawn up and approved for agreements that have been signed and have not ended. */
const PLANNABLE = ['SIGNED', 'ACTIVE'];

export interface WorkPlan {
  agreementId: string;
  fiscalYear: number;
  status: 'DRAFT' | 'APPROVED';
  activities: Array<{ name: string; description?: string }>;
  targets: IndicatorTarget[];
  createdAt: string;
  approvedAt: string | null;
}

export const WORK_PLAN_COLUMNS = `agreement_id AS "agreementId", fiscal_year AS "fiscalYear", status, activities, targets,
                 created_at AS "createdAt", approved_at AS "approvedAt"`;

@Injectable()
export class WorkPlansService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly agreements: AgreementsRepository,
    private readonly indicators: IndicatorActuals,
  ) {}

  create(agreementId: string, dto: CreateWorkPlanDto): Promise<WorkPlan> {
    const caller = currentCaller();
    return this.transactions.run(async (manager) => {
      const agreement = await this.agreements.findVisible(manager, agreementId, caller, { lock: true });
      assertMayWrite(caller);
      assertPlannable(agreement);
      const errors = targetErrors(dto, agreement);
      if (errors.length > 0) throw new InvalidInputException(errors);
      const rows: WorkPlan[] = await manager.query(
        `INSERT INTO work_plans (agreement_id, fiscal_year, status, activities, targets, created_at, created_by)
         VALUES ($1, $2, 'DRAFT', $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING ${WORK_PLAN_COLUMNS}`,
        [
          agreementId,
          dto.fiscalYear,
          JSON.stringify(dto.activities ?? []),
          JSON.stringify(dto.targets.map(({ indicator, target }) => ({ indicator, target }))),
          this.clock.now(),
          caller.clientId,
        ],
      );
      if (rows.length === 0) {
        throw new DomainError(
          'work-plan.already-exists',
          `a work plan for fiscal year ${dto.fiscalYear} already exists`,
        );
      }
      return rows[0];
    });
  }

  approve(agreementId: string, fiscalYear: number) {
    const caller = currentCaller();
    return this.transactions.run(async (manager) => {
      const agreement = await this.agreements.findVisible(manager, agreementId, caller, { lock: true });
      assertMayWrite(caller);
      assertPlannable(agreement);
      const plan = await this.find(manager, agreementId, fiscalYear, true);
      if (plan.status !== 'DRAFT') {
        throw new DomainError(
          'work-plan.invalid-state',
          `work plan ${fiscalYear} is ${plan.status}; only a DRAFT plan can be approved`,
        );
      }
      await manager.query(
        `UPDATE work_plans SET status = 'APPROVED', approved_at = $3, approved_by = $4
          WHERE agreement_id = $1 AND fiscal_year = $2`,
        [agreementId, fiscalYear, this.clock.now(), caller.clientId],
      );
      await this.events.publish(WorkPlanApprovedV1, agreementId, { fiscalYear, targets: plan.targets });
      return this.withIndicators(manager, await this.find(manager, agreementId, fiscalYear));
    });
  }

  get(agreementId: string, fiscalYear: number) {
    const caller = currentCaller();
    return this.transactions.run(async (manager) => {
      await this.agreements.findVisible(manager, agreementId, caller);
      return this.withIndicators(manager, await this.find(manager, agreementId, fiscalYear));
    });
  }

  async find(
    manager: EntityManager,
    agreementId: string,
    fiscalYear: number,
    lock = false,
  ): Promise<WorkPlan> {
    const rows: WorkPlan[] = await manager.query(
      `SELECT ${WORK_PLAN_COLUMNS} FROM work_plans WHERE agreement_id = $1 AND fiscal_year = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [agreementId, fiscalYear],
    );
    if (rows.length === 0) throw new NotFoundException(`no work plan for fiscal year ${fiscalYear}`);
    return rows[0];
  }

  private async withIndicators(manager: EntityManager, plan: WorkPlan) {
    return {
      ...plan,
      indicators: await this.indicators.readings(manager, plan.agreementId, plan.fiscalYear, plan.targets),
    };
  }
}

function assertPlannable(agreement: Agreement) {
  if (!PLANNABLE.includes(agreement.status)) {
    throw new DomainError(
      'agreement.invalid-state',
      `agreement is ${agreement.status}; work plans are made only for ${PLANNABLE.join(' or ')} agreements`,
    );
  }
}

function targetErrors(dto: CreateWorkPlanDto, agreement: Agreement): FieldError[] {
  const errors: FieldError[] = [];
  const [firstYear, lastYear] = [agreement.startDate, agreement.endDate].map((d) => Number(d.slice(0, 4)));
  if (dto.fiscalYear < firstYear || dto.fiscalYear > lastYear) {
    errors.push({
      field: 'fiscalYear',
      message: `fiscalYear must fall within the agreement's term (${firstYear} to ${lastYear})`,
    });
  }
  const seen = new Set<string>();
  dto.targets.forEach(({ indicator, target }, i) => {
    if (seen.has(indicator)) {
      errors.push({ field: `targets.${i}.indicator`, message: `${indicator} has more than one target` });
    }
    seen.add(indicator);
    if (RATE_INDICATORS.includes(indicator as Indicator)) {
      if (target > 1)
        errors.push({ field: `targets.${i}.target`, message: `${indicator} is a rate from 0 to 1` });
    } else if (!Number.isInteger(target)) {
      errors.push({ field: `targets.${i}.target`, message: `${indicator} counts people: a whole number` });
    }
  });
  return errors;
}
