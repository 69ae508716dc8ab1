import { Injectable, NotFoundException } from '@nestjs/common';
import { EvaluationRecordedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, currentCaller, DomainError, type ListQuery, type Page, toPage } from '@sinergi/platform';
import { assertMayWrite } from '../access/agreement-access';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { IndicatorActuals, type IndicatorReading } from '../indicators/indicator-actuals';
import { WorkPlansService } from '../work-plans/work-plans.service';
import type { RecordEvaluationDto } from './dto/record-evaluation.dto';

/** Joint evaluation looks back on an agreement that has been in force. */
const EVALUABLE = ['ACTIVE', 'EXPIRED', 'TERMINATED'];

export interface Evaluation {
  id: string;
  agreementId: string;
  period: string;
  fiscalYear: number;
  findings: string;
  recommendations: string;
  /** Frozen when recorded: later events never change it. */
  indicators: IndicatorReading[];
  recordedAt: string;
  recordedBy: string;
}

const COLUMNS = `id, agreement_id AS "agreementId", period, fiscal_year AS "fiscalYear", findings, recommendations,
                 indicators, recorded_at AS "recordedAt", recorded_by AS "recordedBy"`;

@Injectable()
export class EvaluationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly agreements: AgreementsRepository,
    private readonly workPlans: WorkPlansService,
    private readonly indicators: IndicatorActuals,
  ) {}

  record(agreementId: string, dto: RecordEvaluationDto): Promise<Evaluation> {
    const caller = currentCaller();
    return this.transactions.run(async (manager) => {
      const agreement = await this.agreements.findVisible(manager, agreementId, caller, { lock: true });
      assertMayWrite(caller);
      if (!EVALUABLE.includes(agreement.status)) {
        throw new DomainError(
          'agreement.invalid-state',
          `agreement is ${agreement.status}; evaluations are recorded only for ${EVALUABLE.join(', ')} agreements`,
        );
      }
      const fiscalYear = Number(dto.period.slice(0, 4));
      const plan = await this.workPlans.find(manager, agreementId, fiscalYear).catch((error: unknown) => {
        if (error instanceof NotFoundException) {
          throw new DomainError(
            'evaluation.no-work-plan',
            `no work plan for fiscal year ${fiscalYear} to evaluate against`,
          );
        }
        throw error;
      });
      const duplicate: unknown[] = await manager.query(
        `SELECT 1 FROM evaluations WHERE agreement_id = $1 AND period = $2`,
        [agreementId, dto.period],
      );
      if (duplicate.length > 0)
        throw new DomainError(
          'evaluation.already-recorded',
          `period ${dto.period} has already been evaluated`,
        );
      const snapshot = await this.indicators.readings(manager, agreementId, fiscalYear, plan.targets);
      const rows: Evaluation[] = await manager.query(
        `INSERT INTO evaluations (id, agreement_id, period, fiscal_year, findings, recommendations, indicators,
                                  recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
        [
          uuidv7(),
          agreementId,
          dto.period,
          fiscalYear,
          dto.findings,
          dto.recommendations,
          JSON.stringify(snapshot),
          this.clock.now(),
          caller.clientId,
        ],
      );
      await this.events.publish(EvaluationRecordedV1, agreementId, { period: dto.period });
      return rows[0];
    });
  }

  list(agreementId: string, query: ListQuery): Promise<Page<Evaluation>> {
    const caller = currentCaller();
    return this.transactions.run(async (manager) => {
      await this.agreements.findVisible(manager, agreementId, caller);
      const rows: Evaluation[] = await manager.query(
        `SELECT ${COLUMNS} FROM evaluations WHERE agreement_id = $1 AND ($2::uuid IS NULL OR id > $2)
            AND ($4::timestamptz IS NULL OR recorded_at >= $4)
          ORDER BY id LIMIT $3`,
        [agreementId, query.cursor ?? null, query.limit + 1, query.updatedSince ?? null],
      );
      return toPage(rows, query.limit);
    });
  }
}
